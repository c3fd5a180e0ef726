// Test support for this lib's tests (not exported): member organisation events as Kafka brings them.
import type { PublicEvent } from '@vwu/contracts';
import { event } from './events';

export function joined(
  organisationId: string,
  sequence: number,
  facts: { name: string; unionId: string; joinedOn: string },
): PublicEvent {
  return event('vn.vwu.organisation.MemberOrganisationJoined.v1', organisationId, sequence, {
    organisationId,
    ...facts,
  });
}

export function left(
  organisationId: string,
  sequence: number,
  leftOn: string,
  reason = '',
): PublicEvent {
  return event('vn.vwu.organisation.MemberOrganisationLeft.v1', organisationId, sequence, {
    organisationId,
    leftOn,
    reason,
  });
}
