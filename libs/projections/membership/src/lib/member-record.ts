import { BRANCH_CLOSURE_ACTOR, type PublicEvent } from '@vwu/contracts';
import { todayInVietnam } from '@vwu/platform-config';
import type { Versioned } from '@vwu/platform-messaging';
import { OPEN_END } from '@vwu/platform-counts-over-time';
import { Schema, type Connection, type Model } from 'mongoose';
import { tags } from './member-tags';

/** A time at a place or in a group: from a day (inclusive) to a day (exclusive; OPEN_END). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/**
 * What the figures need of one member, from the public events (no personal data: her birth year,
 * special groups, fees, and where she counted when). Kept per member so that her contribution
 * to each unit can be written whole again after any event (member-contributions.ts).
 */
export interface MemberRecord extends Versioned {
  readonly birthYear: number;
  readonly active: boolean;
  /** Her branches, in order; the last one's `to` is OPEN_END while she is a member there. */
  readonly stays: readonly (Period & { readonly unitId: string })[];
  readonly groups: readonly (Period & { readonly code: string })[];
  readonly fees: readonly { readonly year: number; readonly tag: string; readonly on: string }[];
  /** Things that happened once at a unit (admitted there, left from there): counted from then on. */
  readonly flows: readonly { readonly unitId: string; readonly on: string; readonly tag: string }[];
}

type Of<T extends PublicEvent['type']> = Extract<PublicEvent, { type: T }>['data'];
type Step = (record: MemberRecord, data: never, on: string) => MemberRecord | undefined;

const yearOf = (date: string) => Number(date.slice(0, 4));

function closeStay(record: MemberRecord, on: string): MemberRecord['stays'] {
  return record.stays.map((s) => (s.to === OPEN_END ? { ...s, to: on } : s));
}

/** Where she counts now (or last counted). */
export function currentUnit(record: MemberRecord): string {
  return record.stays.at(-1)?.unitId ?? '';
}

const flowHere = (record: MemberRecord, tag: string, on: string): MemberRecord => ({
  ...record,
  flows: [...record.flows, { unitId: currentUnit(record), on, tag }],
});

/** The lowest unit above both branches (ancestor lists are root first). */
function lowestCommon(a: readonly string[], b: readonly string[]): string | undefined {
  let common: string | undefined;
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i += 1) common = a[i];
  return common;
}

function transferred(record: MemberRecord, data: Of<'vn.vwu.membership.MemberTransferred.v1'>) {
  const { fromBranchId, toBranchId, transferredOn: on } = data;
  const year = yearOf(on);
  const within = lowestCommon(data.fromAncestorIds, data.ancestorIds);
  return {
    ...record,
    stays: [...closeStay(record, on), { unitId: toBranchId, from: on, to: OPEN_END }],
    flows: [
      ...record.flows,
      { unitId: fromBranchId, on, tag: tags.transferredOut(year) },
      { unitId: toBranchId, on, tag: tags.transferredIn(year) },
      ...(within ? [{ unitId: within, on, tag: tags.transferredWithin(year) }] : []),
    ],
  };
}

/** She followed her merged or dissolved branch: she counts in the successor, no transfer. */
function followed(record: MemberRecord, data: Of<'vn.vwu.membership.MemberTransferred.v1'>) {
  const on = data.transferredOn;
  return {
    ...record,
    stays: [...closeStay(record, on), { unitId: data.toBranchId, from: on, to: OPEN_END }],
  };
}

const STEPS: Readonly<Record<string, Step>> = {
  'vn.vwu.membership.MemberTransferred.v1': transferred,
  'vn.vwu.membership.MembershipEnded.v1': (r, d: Of<'vn.vwu.membership.MembershipEnded.v1'>) => ({
    ...r,
    active: false,
    stays: closeStay(r, d.on),
    flows: [...r.flows, { unitId: d.branchId, on: d.on, tag: tags.ended(yearOf(d.on), d.end) }],
  }),
  'vn.vwu.membership.MemberReadmitted.v1': (r, d: Of<'vn.vwu.membership.MemberReadmitted.v1'>) => ({
    ...r,
    active: true,
    stays: [...r.stays, { unitId: d.branchId, from: d.readmittedOn, to: OPEN_END }],
    flows: [
      ...r.flows,
      { unitId: d.branchId, on: d.readmittedOn, tag: tags.readmitted(yearOf(d.readmittedOn)) },
    ],
  }),
  'vn.vwu.membership.SpecialGroupTagged.v1': (r, d: { group: string }, on) =>
    r.groups.some((g) => g.code === d.group && g.to === OPEN_END)
      ? undefined
      : { ...r, groups: [...r.groups, { code: d.group, from: on, to: OPEN_END }] },
  'vn.vwu.membership.SpecialGroupUntagged.v1': (r, d: { group: string }, on) => ({
    ...r,
    groups: r.groups.map((g) => (g.code === d.group && g.to === OPEN_END ? { ...g, to: on } : g)),
  }),
  'vn.vwu.membership.FeePaid.v1': (r, d: Of<'vn.vwu.membership.FeePaid.v1'>) => ({
    ...r,
    fees: [...r.fees, { year: d.year, tag: tags.fee(d.year, 'paid'), on: d.paidOn }],
  }),
  'vn.vwu.membership.FeeWaived.v1': (r, d: { year: number }, on) => ({
    ...r,
    fees: [...r.fees, { year: d.year, tag: tags.fee(d.year, 'waived'), on }],
  }),
  'vn.vwu.membership.PartyStepRecorded.v1': (r, d: Of<'vn.vwu.membership.PartyStepRecorded.v1'>) =>
    flowHere(
      r,
      d.step === 'introduced'
        ? tags.partyIntroduced(yearOf(d.on))
        : tags.partyAdmitted(yearOf(d.on)),
      d.on,
    ),
  'vn.vwu.membership.MemberRecognisedExemplary.v1': (r, d: { year: number }, on) =>
    flowHere(r, tags.exemplary(d.year), on),
};

function admitted(data: Of<'vn.vwu.membership.MemberAdmitted.v1'>, version: number): MemberRecord {
  const { branchId, admittedOn: on } = data;
  return {
    version,
    birthYear: data.birthYear,
    active: true,
    stays: [{ unitId: branchId, from: on, to: OPEN_END }],
    groups: data.specialGroups.map((code) => ({ code, from: on, to: OPEN_END })),
    fees: [],
    flows: [{ unitId: branchId, on, tag: tags.admitted(yearOf(on)) }],
  };
}

/**
 * Her record after one of her events; undefined when the event changes nothing the figures
 * count (her contact details, her group, her erasure: her counts stay). Events without a date
 * of their own (a special group tagged, a fee waived) count from the day they were recorded.
 */
export function nextRecord(event: PublicEvent, current: MemberRecord | undefined) {
  const version = Number(event.sequence);
  if (event.type === 'vn.vwu.membership.MemberAdmitted.v1')
    return current ? undefined : admitted(event.data, version);
  const step = STEPS[event.type];
  if (!current || !step) return undefined;
  const next =
    event.type === 'vn.vwu.membership.MemberTransferred.v1' &&
    event.actorid === BRANCH_CLOSURE_ACTOR
      ? followed(current, event.data)
      : step(current, event.data as never, todayInVietnam(new Date(event.time)));
  return next && { ...next, version };
}

const schema = new Schema<MemberRecord & { _id: string }>(
  {
    _id: { type: String },
    version: { type: Number, required: true },
    birthYear: { type: Number, required: true },
    active: { type: Boolean, required: true },
    stays: { type: Schema.Types.Mixed },
    groups: { type: Schema.Types.Mixed },
    fees: { type: Schema.Types.Mixed },
    flows: { type: Schema.Types.Mixed },
  },
  { versionKey: false, minimize: false },
);

export function memberRecords(connection: Connection, collection = 'member_records') {
  return (
    (connection.models[collection] as Model<MemberRecord & { _id: string }> | undefined) ??
    connection.model<MemberRecord & { _id: string }>(collection, schema, collection)
  );
}
