import { positionFiguresOf, type PublicEvent } from '@vwu/contracts';
import { OPEN_END } from '@vwu/platform-counts-over-time';
import type { Versioned } from '@vwu/platform-messaging';
import { Schema, type Connection, type Model } from 'mongoose';

/** A time at a place: from a day (inclusive) to a day (exclusive; OPEN_END while open). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface PostRecord extends Period {
  readonly postId: string;
  readonly unitId: string;
  /** The unit's kind on the day of the appointment. */
  readonly unitKind: string;
  readonly position: string;
  /** What the figures count it as (absent on records kept before: positionFiguresOf). */
  readonly figures?: readonly string[];
}

/**
 * What the figures need of one cadre, from the public events: her birth year, where her record
 * was kept when, her posts, and each fact's values from their days. No personal data.
 */
export interface CadreRecord extends Versioned {
  readonly cadreId: string;
  readonly birthYear: number;
  /** Her record's units, in order; the first from the beginning of time, the last open. */
  readonly stays: readonly (Period & { readonly unitId: string })[];
  readonly posts: readonly PostRecord[];
  /** Each fact's values from their days, in the order of the days. */
  readonly facts: Readonly<Record<string, readonly { value: string; since: string }[]>>;
}

type Data = Record<string, unknown>;
type Step = (record: CadreRecord, data: Data) => CadreRecord;

const text = (data: Data, field: string) => String(data[field]);

function closeStay(record: CadreRecord, unitId: string, on: string): CadreRecord['stays'] {
  const closed = record.stays.map((s) => (s.to === OPEN_END ? { ...s, to: on } : s));
  return [...closed, { unitId, from: on, to: OPEN_END }];
}

const endPost = (posts: readonly PostRecord[], postId: string, on: string) =>
  posts.map((p) => (p.postId === postId && p.to === OPEN_END ? { ...p, to: on } : p));

const postOf = (data: Data, from: string): PostRecord => ({
  postId: text(data, 'postId'),
  unitId: text(data, 'unitId'),
  unitKind: text(data, 'unitKind'),
  position: text(data, 'position'),
  figures: positionFiguresOf({
    position: text(data, 'position'),
    figures: Array.isArray(data['figures']) ? data['figures'].map(String) : undefined,
  }),
  from,
  to: OPEN_END,
});

const STEPS: Readonly<Record<string, Step>> = {
  'vn.vwu.training.CadreQualificationRecorded.v1': (r, d) => {
    const fact = text(d, 'fact');
    const values = [...(r.facts[fact] ?? []), { value: text(d, 'value'), since: text(d, 'since') }];
    values.sort((a, b) => a.since.localeCompare(b.since));
    return { ...r, facts: { ...r.facts, [fact]: values } };
  },
  'vn.vwu.training.CadreAppointed.v1': (r, d) => ({
    ...r,
    posts: [...r.posts, postOf(d, text(d, 'appointedOn'))],
  }),
  'vn.vwu.training.CadrePostEnded.v1': (r, d) => ({
    ...r,
    posts: endPost(r.posts, text(d, 'postId'), text(d, 'endedOn')),
  }),
  'vn.vwu.training.CadreRotated.v1': (r, d) => {
    const on = text(d, 'rotatedOn');
    const posts = [...endPost(r.posts, text(d, 'endedPostId'), on), postOf(d, on)];
    return { ...r, posts, stays: closeStay(r, text(d, 'unitId'), on) };
  },
  'vn.vwu.training.CadreRecordMoved.v1': (r, d) => ({
    ...r,
    stays: closeStay(r, text(d, 'unitId'), text(d, 'movedOn')),
  }),
};

/** Her record after one of her events; undefined for one the figures do not count. */
export function nextCadreRecord(event: PublicEvent, current: CadreRecord | undefined) {
  const data = event.data as Data;
  const version = Number(event.sequence);
  if (event.type === 'vn.vwu.training.CadreRegistered.v1') {
    if (current) return undefined;
    const stays = [{ unitId: text(data, 'unitId'), from: '0000-01-01', to: OPEN_END }];
    const birthYear = Number(data['birthYear']);
    return { version, cadreId: text(data, 'cadreId'), birthYear, stays, posts: [], facts: {} };
  }
  const step = STEPS[event.type];
  return current && step ? { ...step(current, data), version } : undefined;
}

const schema = new Schema<CadreRecord & { _id: string }>(
  {
    _id: { type: String },
    version: { type: Number, required: true },
    cadreId: { type: String, required: true },
    birthYear: { type: Number, required: true },
    stays: { type: Schema.Types.Mixed },
    posts: { type: Schema.Types.Mixed },
    facts: { type: Schema.Types.Mixed },
  },
  { versionKey: false, minimize: false },
);

export function cadreRecords(connection: Connection, collection = 'cadre_records') {
  return (
    (connection.models[collection] as Model<CadreRecord & { _id: string }> | undefined) ??
    connection.model<CadreRecord & { _id: string }>(collection, schema, collection)
  );
}
