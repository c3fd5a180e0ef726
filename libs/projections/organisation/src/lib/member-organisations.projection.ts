import type { PublicEvent } from '@vwu/contracts';
import { unreachable } from '@vwu/platform-decider';
import type { ProjectionHandler } from '@vwu/platform-messaging';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import type { MemberOrganisationView } from './member-organisation-read-model';
import { nameKey } from './unit-read-model';

type Write = AnyBulkWriteOperation<MemberOrganisationView>;

type MemberOrganisationEvent = Extract<
  PublicEvent,
  {
    type:
      | 'vn.vwu.organisation.MemberOrganisationJoined.v1'
      | 'vn.vwu.organisation.MemberOrganisationLeft.v1';
  }
>;

const MEMBER_ORGANISATION_EVENTS: ReadonlySet<string> = new Set([
  'vn.vwu.organisation.MemberOrganisationJoined.v1',
  'vn.vwu.organisation.MemberOrganisationLeft.v1',
]);

function isMemberOrganisationEvent(event: PublicEvent): event is MemberOrganisationEvent {
  return MEMBER_ORGANISATION_EVENTS.has(event.type);
}

/** An update of one organisation's view, applied once: only while the view is behind the event. */
function guarded(event: MemberOrganisationEvent, update: Record<string, unknown>): Write {
  const version = Number(event.sequence);
  const set = (update['$set'] ?? {}) as Record<string, unknown>;
  return {
    updateOne: {
      filter: { _id: event.subject, version: { $lt: version } },
      update: { ...update, $set: { ...set, version, updatedAt: new Date(event.time) } },
    },
  };
}

function joinedWrite(
  event: Extract<
    MemberOrganisationEvent,
    { type: 'vn.vwu.organisation.MemberOrganisationJoined.v1' }
  >,
): Write {
  const { organisationId, name, unionId, joinedOn } = event.data;
  const facts = { name, nameKey: nameKey(name), unionId, status: 'member', joinedOn };
  const version = Number(event.sequence);
  // The first event of a stream is always its first joining: the view is created whole, once.
  if (version === 1)
    return {
      updateOne: {
        filter: { _id: organisationId },
        update: {
          $setOnInsert: {
            ...facts,
            joinings: [joinedOn],
            leavings: [],
            version,
            updatedAt: new Date(event.time),
          },
        },
        upsert: true,
      },
    };
  // Joining again after leaving (the stream's order guarantees the view exists by now).
  return guarded(event, {
    $set: facts,
    $unset: { leftOn: '', leaveReason: '' },
    $push: { joinings: joinedOn },
  });
}

function writeOf(event: MemberOrganisationEvent): Write {
  switch (event.type) {
    case 'vn.vwu.organisation.MemberOrganisationJoined.v1':
      return joinedWrite(event);
    case 'vn.vwu.organisation.MemberOrganisationLeft.v1': {
      const { leftOn, reason } = event.data;
      return guarded(event, {
        $set: { status: 'left', leftOn, leaveReason: reason },
        $push: { leavings: leftOn },
      });
    }
    default:
      return unreachable(event);
  }
}

/**
 * The member organisations read model (`member_organisations`). Idempotent by stream version:
 * an event at or below the version a view reflects changes nothing, so a redelivered batch is
 * harmless. Every other organisation event is ignored. One ordered bulk write per batch keeps
 * each organisation's events in their stream order.
 */
export class MemberOrganisationsProjection implements ProjectionHandler {
  constructor(private readonly organisations: Model<MemberOrganisationView>) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const writes = events.filter(isMemberOrganisationEvent).map(writeOf);
    if (writes.length > 0) await this.organisations.bulkWrite(writes, { ordered: true });
  }
}
