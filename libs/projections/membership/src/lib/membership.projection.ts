import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import type { Segment } from '@vwu/platform-counts-over-time';
import { applyVersioned, type ProjectionHandler } from '@vwu/platform-messaging';
import { Schema, type AnyBulkWriteOperation, type Connection, type Model } from 'mongoose';
import { contributionsOf } from './member-contributions';
import { clubContribution, isClubSubject, nextClubRecord, type ClubRecord } from './club-record';
import { nextRecord, type MemberRecord } from './member-record';

/**
 * The part of a unit's rollup document (unit_rollups) that its members write: their
 * contributions by member id, and its clubs' by `club-<id>`.
 */
export interface UnitMembers {
  _id: string;
  members?: Record<string, Segment[]>;
  rev?: number;
}

/** The units' rollups (projections-organisation): recompute these units and all above them. */
export interface RollupSettler {
  settleUnits(ids: readonly string[]): Promise<void>;
}

const schema = new Schema<UnitMembers>(
  { _id: { type: String }, members: { type: Schema.Types.Mixed }, rev: { type: Number } },
  { versionKey: false, minimize: false, strict: false },
);

/** The units' rollup collection, as far as the members write it. */
export function unitMembers(connection: Connection, collection = 'unit_rollups') {
  const name = `${collection}.members`;
  return (
    (connection.models[name] as Model<UnitMembers> | undefined) ??
    connection.model<UnitMembers>(name, schema, collection)
  );
}

/**
 * The membership figures: each member's record (member_records, idempotent by her stream
 * version), then what she adds to each unit she touched, written whole into that unit's rollup
 * document (`members.<id>`), then those units and everything above them recompute. Every step
 * writes whole values, so a batch redelivered after a crash between any two of them ends in the
 * same documents; the contributions are written for every member of the batch, changed or not,
 * for that reason.
 */
export class MembershipProjection implements ProjectionHandler {
  constructor(
    private readonly records: Model<MemberRecord & { _id: string }>,
    private readonly clubs: Model<ClubRecord & { _id: string }>,
    private readonly units: Model<UnitMembers>,
    private readonly rollups: RollupSettler,
  ) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const mine = events.filter((event) => isContextEvent('membership', event));
    if (mine.length === 0) return;
    const ofClubs = mine.filter((event) => isClubSubject(event.subject));
    const ofMembers = mine.filter((event) => !isClubSubject(event.subject));
    const records = await applyVersioned<MemberRecord>(this.records, ofMembers, nextRecord);
    const clubs = await applyVersioned<ClubRecord>(this.clubs, ofClubs, nextClubRecord);
    const byUnit = new Map<string, Record<string, Segment[]>>();
    const add = (unitId: string, key: string, segments: Segment[]) =>
      byUnit.set(unitId, { ...byUnit.get(unitId), [`members.${key}`]: segments });
    for (const [memberId, record] of records)
      for (const [unitId, segments] of contributionsOf(record)) add(unitId, memberId, segments);
    for (const [clubId, club] of clubs) add(club.unitId, clubId, clubContribution(club));
    const writes: AnyBulkWriteOperation<UnitMembers>[] = [...byUnit].map(([unitId, set]) => ({
      updateOne: { filter: { _id: unitId }, update: { $set: set, $inc: { rev: 1 } }, upsert: true },
    }));
    if (writes.length === 0) return;
    await this.units.bulkWrite(writes, { ordered: false });
    await this.rollups.settleUnits([...byUnit.keys()]);
  }
}
