import { UNIT_ESTABLISHED_V1, UNIT_RENAMED_V1 } from '@vwu/contracts';
import type { UnitEvent } from '@vwu/organisation-domain';
import type { PublicEventMapper } from '@vwu/platform-messaging';

/**
 * Internal unit events → the public contract. Today the shapes coincide; the mapper is where
 * they may part (an internal field that must not leave, a v2 beside a v1).
 */
export const organisationPublicEvents: PublicEventMapper = (stored) => {
  const event = stored as unknown as UnitEvent;
  switch (event.type) {
    case 'UnitEstablished':
      return { type: UNIT_ESTABLISHED_V1, data: { ...event.data } };
    case 'UnitRenamed':
      return { type: UNIT_RENAMED_V1, data: { ...event.data } };
    default:
      return undefined;
  }
};
