import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import { applyVersioned } from '@vwu/platform-messaging';
import { CadreDirectory, type CadreRoster } from '@vwu/training-application';
import { Schema, type Connection, type Model } from 'mongoose';

/**
 * Where each cadre is now, from the service's own public events: the unit that keeps her
 * record and the units of her open posts. The process manager of closed units finds its
 * cadres here. One document per cadre stream (`cadre-<id>`), idempotent by version.
 */
interface CadrePlace {
  _id: string;
  cadreId: string;
  unitId: string;
  /** Her open posts: post id → unit id. */
  posts: Record<string, string>;
  /** Her record's unit and her posts' units, for the look-up by unit. */
  units: string[];
  /** Her record's unit's ancestors (as the events said) and the unit: its subtrees hold her. */
  path: string[];
  erased: boolean;
  version: number;
}

type Place = Omit<CadrePlace, '_id'>;
type Placing = (data: Record<string, unknown>, current: Place | undefined) => Place | undefined;

const schema = new Schema<CadrePlace>(
  {
    _id: { type: String },
    cadreId: { type: String, required: true },
    unitId: { type: String, required: true },
    posts: { type: Schema.Types.Mixed, default: {} },
    units: { type: [String], index: true },
    path: { type: [String], index: true },
    erased: { type: Boolean, default: false },
    version: { type: Number, required: true },
  },
  { versionKey: false, minimize: false },
);

function placed(cadreId: string, unitId: string, posts: Record<string, string>) {
  return { cadreId, unitId, posts, units: [...new Set([unitId, ...Object.values(posts)])] };
}

/** Her record's place from an event that names its unit and ancestors. */
const pathOf = (d: Record<string, unknown>) => [
  ...((d['ancestorIds'] as string[] | undefined) ?? []),
  String(d['unitId']),
];

const without = (posts: Record<string, string>, postId: string) =>
  Object.fromEntries(Object.entries(posts).filter(([id]) => id !== postId));

const PLACINGS: Readonly<Record<string, Placing>> = {
  'vn.vwu.training.CadreRegistered.v1': (d) => ({
    ...placed(String(d['cadreId']), String(d['unitId']), {}),
    path: pathOf(d),
    erased: false,
    version: 0,
  }),
  'vn.vwu.training.CadreErased.v1': (_d, c) => c && { ...c, erased: true },
  'vn.vwu.training.CadreAppointed.v1': (d, c) =>
    c && {
      ...c,
      ...placed(c.cadreId, c.unitId, { ...c.posts, [String(d['postId'])]: String(d['unitId']) }),
    },
  'vn.vwu.training.CadrePostEnded.v1': (d, c) =>
    c && { ...c, ...placed(c.cadreId, c.unitId, without(c.posts, String(d['postId']))) },
  'vn.vwu.training.CadreRotated.v1': (d, c) => {
    if (!c) return undefined;
    const posts = {
      ...without(c.posts, String(d['endedPostId'])),
      [String(d['postId'])]: String(d['unitId']),
    };
    return { ...c, ...placed(c.cadreId, String(d['unitId']), posts), path: pathOf(d) };
  },
  'vn.vwu.training.CadreRecordMoved.v1': (d, c) =>
    c && { ...c, ...placed(c.cadreId, String(d['unitId']), c.posts), path: pathOf(d) },
};

/**
 * The cadres' places; idempotent (each event applies over an older version only). Also the
 * course handlers' directory of a unit's cadres (a bulk enrolment reads each stream again, so
 * a late document only leaves one out), and the export's roster of a subtree's cadres.
 */
export class CadrePlaces extends CadreDirectory implements CadreRoster {
  readonly model: Model<CadrePlace>;

  constructor(connection: Connection, collection = 'cadre_places') {
    super();
    this.model =
      (connection.models[collection] as Model<CadrePlace> | undefined) ??
      connection.model<CadrePlace>(collection, schema, collection);
  }

  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.model, events, (event, current) => {
      const placing = isContextEvent('training', event) ? PLACINGS[event.type] : undefined;
      const after = placing?.(event.data, current);
      return after && { ...after, version: Number(event.sequence) };
    });
  }

  /** The cadres whose record is at the unit, not erased, as far as applied. */
  async atUnit(unitId: string): Promise<string[]> {
    const found = await this.model.find({ unitId, erased: false }, { cadreId: 1 }).lean();
    return found.map((place) => place.cadreId);
  }

  /** The cadres of a unit's subtree (by their record), not erased, as far as applied. */
  async cadresUnder(unitId: string): Promise<string[]> {
    const found = await this.model.find({ path: unitId, erased: false }, { cadreId: 1 }).lean();
    return found.map((place) => place.cadreId);
  }

  /** The cadres whose record or an open post is at the unit, as far as applied. */
  async at(unitId: string): Promise<string[]> {
    const found = await this.model.find({ units: unitId }, { cadreId: 1 }).lean();
    return found.map((place) => place.cadreId);
  }
}
