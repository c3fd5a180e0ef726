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

type Of<T extends PublicEvent['type']> = Extract<PublicEvent, { type: T }>['data'];
type Step = (record: ClubRecord, data: never) => ClubRecord;

/** The day after a date: a club's last day is in it; the figures want the first day out. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

const STEPS: Readonly<Record<string, Step>> = {
  'vn.vwu.membership.ClubMemberJoined.v1': (r, d: Of<'vn.vwu.membership.ClubMemberJoined.v1'>) => ({
    ...r,
    members: [...r.members, { memberId: d.memberId, from: d.joinedOn, to: OPEN_END }],
  }),
  'vn.vwu.membership.ClubMemberLeft.v1': (r, d: Of<'vn.vwu.membership.ClubMemberLeft.v1'>) => ({
    ...r,
    members: r.members.map((m) =>
      m.memberId === d.memberId && m.to === OPEN_END ? { ...m, to: d.leftOn } : m,
    ),
  }),
  'vn.vwu.membership.ClubDissolved.v1': (r, d: Of<'vn.vwu.membership.ClubDissolved.v1'>) => ({
    ...r,
    open: { ...r.open, to: dayAfter(d.dissolvedOn) },
  }),
};

/** The club's record after one of its events (subject `club-<id>`); undefined if unchanged. */
export function nextClubRecord(event: PublicEvent, current: ClubRecord | undefined) {
  const version = Number(event.sequence);
  if (event.type === 'vn.vwu.membership.ClubFounded.v1') {
    if (current) return undefined;
    const { unitId, clubType, foundedOn } = event.data;
    return { version, unitId, clubType, open: { from: foundedOn, to: OPEN_END }, members: [] };
  }
  const step = STEPS[event.type];
  if (!current || !step) return undefined;
  return { ...step(current, event.data as never), version };
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
