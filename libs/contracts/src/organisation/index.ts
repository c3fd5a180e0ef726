import { UNIT_ESTABLISHED_V1, UnitEstablishedV1 } from './unit-established.v1';
import { UNIT_RENAMED_V1, UnitRenamedV1 } from './unit-renamed.v1';

export * from './unit-established.v1';
export * from './unit-renamed.v1';

/** The public events of the organisation context, by type; all on `vwu.organisation.events`. */
export const ORGANISATION_EVENTS = {
  [UNIT_ESTABLISHED_V1]: UnitEstablishedV1,
  [UNIT_RENAMED_V1]: UnitRenamedV1,
} as const;
