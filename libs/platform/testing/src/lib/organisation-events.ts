// Test support: public organisation events as Kafka brings them, for any consumer's tests.
import { parsePublicEvent, type CloudEvent, type PublicEvent } from '@vwu/contracts';
import { randomUUID } from 'node:crypto';

export function event(type: string, subject: string, sequence: number, data: unknown): PublicEvent {
  const envelope: CloudEvent<unknown> = {
    specversion: '1.0',
    id: randomUUID(),
    source: '/vwu/organisation-service',
    type,
    subject,
    time: '2025-07-01T08:00:00.000Z',
    datacontenttype: 'application/json',
    sequence: String(sequence),
    correlationid: 'c',
    causationid: 'c',
    actorid: 'user-1',
    data,
  };
  return parsePublicEvent(envelope);
}

export function established(
  unitId: string,
  name: string,
  parent?: { id: string; ancestors: string[] },
  facts: { kind?: string; on?: string } = {},
): PublicEvent {
  return event('vn.vwu.organisation.UnitEstablished.v1', unitId, 1, {
    unitId,
    name,
    kind: facts.kind ?? (parent ? 'branch' : 'province'),
    parentId: parent?.id ?? null,
    ancestorIds: parent ? [...parent.ancestors, parent.id] : [],
    establishedOn: facts.on ?? '2025-07-01',
  });
}

export function renamed(
  unitId: string,
  sequence: number,
  previousName: string,
  name: string,
): PublicEvent {
  return event('vn.vwu.organisation.UnitRenamed.v1', unitId, sequence, {
    unitId,
    name,
    previousName,
    renamedOn: '2025-08-01',
  });
}

const ORG = 'vn.vwu.organisation';

/** `ancestors`: the new parent's own, root first; `reason` defaults to a move of its own. */
export function moved(
  unitId: string,
  sequence: number,
  move: { from: string; to: string; ancestors: string[]; on: string; reason?: string },
): PublicEvent {
  return event(`${ORG}.UnitMoved.v1`, unitId, sequence, {
    unitId,
    previousParentId: move.from,
    parentId: move.to,
    ancestorIds: [...move.ancestors, move.to],
    movedOn: move.on,
    reason: move.reason ?? 'moved',
  });
}

export function merged(unitId: string, sequence: number, successorId: string, on: string) {
  return event(`${ORG}.UnitsMerged.v1`, unitId, sequence, { unitId, successorId, mergedOn: on });
}

export function dissolved(
  unitId: string,
  sequence: number,
  successorId: string | null,
  on: string,
): PublicEvent {
  return event(`${ORG}.UnitDissolved.v1`, unitId, sequence, {
    unitId,
    successorId,
    dissolvedOn: on,
  });
}

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
