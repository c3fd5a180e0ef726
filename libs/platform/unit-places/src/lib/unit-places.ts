import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import { applyVersioned } from '@vwu/platform-messaging';
import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The units as a service other than organisation-service knows them, from the organisation
 * context's public events (services never read each other's databases): each document says
 * only where its own unit sits now (parent, kind, open or closed), its name, and which stream
 * version said so. Ancestors are read by walking up, so the order in which the events of
 * different units arrive (different partitions) does not matter.
 */
export interface UnitPlace {
  _id: string;
  kind: string;
  name: string;
  parentId: string | null;
  active: boolean;
  version: number;
}

/** A unit as a command needs it: its kind and its place in the tree, now. */
export interface UnitFacts {
  readonly unitId: string;
  readonly kind: string;
  /** Root first, down to the unit's parent: the scope that acts on the unit. */
  readonly ancestorIds: readonly string[];
  /** False for a unit that is unknown, closed, or whose path is not known yet. */
  readonly active: boolean;
}

const schema = new Schema<UnitPlace>(
  {
    _id: { type: String },
    kind: { type: String, required: true },
    name: { type: String, default: '' },
    parentId: { type: String, default: null },
    active: { type: Boolean, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);

/** The collection of unit places: a new generation of the consumer group is a new collection. */
export function unitPlaces(connection: Connection, collection: string): Model<UnitPlace> {
  return (
    (connection.models[collection] as Model<UnitPlace> | undefined) ??
    connection.model<UnitPlace>(collection, schema, collection)
  );
}

/** Deeper than any union tree: a longer walk up means a corrupted tree, not a deep one. */
const MAX_DEPTH = 32;

type Place = Omit<UnitPlace, '_id'>;

const closed = (event: PublicEvent, current: Place | undefined) =>
  current && { ...current, active: false, version: Number(event.sequence) };

/** What each event that moves, renames or ends a unit makes of its place; others leave it. */
const MOVES: Readonly<
  Record<string, (event: PublicEvent, current: Place | undefined) => Place | undefined>
> = {
  'vn.vwu.organisation.UnitEstablished.v1': (event) => {
    const data = event.data as { kind: string; name: string; parentId: string | null };
    return {
      kind: data.kind,
      name: data.name,
      parentId: data.parentId,
      active: true,
      version: Number(event.sequence),
    };
  },
  'vn.vwu.organisation.UnitRenamed.v1': (event, current) => {
    const { name } = event.data as { name: string };
    return current && { ...current, name, version: Number(event.sequence) };
  },
  'vn.vwu.organisation.UnitMoved.v1': (event, current) => {
    const { parentId } = event.data as { parentId: string };
    return current && { ...current, parentId, version: Number(event.sequence) };
  },
  'vn.vwu.organisation.UnitsMerged.v1': closed,
  'vn.vwu.organisation.UnitDissolved.v1': closed,
};

/** The unit's place after the event, or undefined for an event that does not move it. */
function placeAfter(event: PublicEvent, current: Place | undefined): Place | undefined {
  const move = isContextEvent('organisation', event) ? MOVES[event.type] : undefined;
  return move?.(event, current);
}

/** Where units sit now: a projection of the organisation topic, and the facts commands need. */
export class UnitPlaces {
  constructor(readonly model: Model<UnitPlace>) {}

  /**
   * A projection handler, idempotent: the batch's units are read by id, each event applies
   * only over an older version, and each unit is written once, by id (the local store's
   * indexes serve exact lookups only).
   */
  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.model, events, placeAfter);
  }

  /** The unit's name as last established or renamed; undefined for one not known here. */
  async nameOf(unitId: string): Promise<string | undefined> {
    const unit = await this.model.findById(unitId, { name: 1 }).lean();
    return unit?.name || undefined;
  }

  async facts(unitId: string): Promise<UnitFacts> {
    const unit = await this.model.findById(unitId).lean();
    const ancestorIds = unit?.active ? await this.ancestorsOf(unit) : undefined;
    if (!unit || !ancestorIds)
      return { unitId, kind: unit?.kind ?? '', ancestorIds: [], active: false };
    return { unitId, kind: unit.kind, ancestorIds, active: true };
  }

  /**
   * Root first; undefined for a walk that does not reach the root: an ancestor not known yet
   * (its events are on another partition, still to come), or a corrupted tree. Scope is never
   * decided on a partial path.
   */
  private async ancestorsOf(unit: UnitPlace): Promise<string[] | undefined> {
    const ancestorIds: string[] = [];
    for (let parentId = unit.parentId; parentId !== null;) {
      if (ancestorIds.length >= MAX_DEPTH || ancestorIds.includes(parentId)) return undefined;
      ancestorIds.unshift(parentId);
      const parent = await this.model.findById(parentId).lean();
      if (!parent) return undefined;
      parentId = parent.parentId;
    }
    return ancestorIds;
  }
}
