import type { PublicEvent } from '@vwu/contracts';
import { OPEN_END, rollUp, type Segment } from '@vwu/platform-counts-over-time';
import type { Versioned } from '@vwu/platform-messaging';
import { Schema, type Connection, type Model } from 'mongoose';
import { tagged, type Period } from './member-contributions';
import { tags } from './member-tags';

/** What the figures need of a club (CLB, mô hình): its unit, type, life and members' stays. */
export interface ClubRecord extends Versioned {
  readonly unitId: string;
  readonly clubType: string;
  readonly open: Period;
  readonly members: readonly (Period & { readonly memberId: string })[];
}

type Data = Record<string, unknown>;

/** The day after a date: a club's last day is in it; the figures want the first day out. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function step(record: ClubRecord, event: PublicEvent): ClubRecord | undefined {
  const data = event.data as Data;
  const memberId = String(data['memberId']);
  switch (event.type) {
    case 'vn.vwu.membership.ClubMemberJoined.v1':
      return {
        ...record,
        members: [...record.members, { memberId, from: String(data['joinedOn']), to: OPEN_END }],
      };
    case 'vn.vwu.membership.ClubMemberLeft.v1':
      return {
        ...record,
        members: record.members.map((m) =>
          m.memberId === memberId && m.to === OPEN_END ? { ...m, to: String(data['leftOn']) } : m,
        ),
      };
    case 'vn.vwu.membership.ClubDissolved.v1':
      return { ...record, open: { ...record.open, to: dayAfter(String(data['dissolvedOn'])) } };
    default:
      return undefined;
  }
}

/** The club's record after one of its events (subject `club-<id>`); undefined if unchanged. */
export function nextClubRecord(event: PublicEvent, current: ClubRecord | undefined) {
  const version = Number(event.sequence);
  if (event.type === 'vn.vwu.membership.ClubFounded.v1') {
    if (current) return undefined;
    const { unitId, clubType, foundedOn } = event.data;
    return { version, unitId, clubType, open: { from: foundedOn, to: OPEN_END }, members: [] };
  }
  const next = current && step(current, event);
  return next && { ...next, version };
}

/** What a club adds to its unit: itself by type while open, and its members while in it. */
export function clubContribution(record: ClubRecord): Segment[] {
  const { open, clubType } = record;
  const capped = (m: Period): Period => ({ from: m.from, to: m.to < open.to ? m.to : open.to });
  return rollUp([
    tagged(tags.clubs(clubType), open),
    ...record.members.map((m) => tagged(tags.clubMembers(clubType), capped(m))),
  ]);
}

export const isClubSubject = (subject: string) => subject.startsWith('club-');

const schema = new Schema<ClubRecord & { _id: string }>(
  {
    _id: { type: String },
    version: { type: Number, required: true },
    unitId: { type: String, required: true },
    clubType: { type: String, required: true },
    open: { type: Schema.Types.Mixed },
    members: { type: Schema.Types.Mixed },
  },
  { versionKey: false, minimize: false },
);

export function clubRecords(connection: Connection, collection = 'club_records') {
  return (
    (connection.models[collection] as Model<ClubRecord & { _id: string }> | undefined) ??
    connection.model<ClubRecord & { _id: string }>(collection, schema, collection)
  );
}
