import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import { BranchDirectory } from '@vwu/membership-application';
import type { BranchFacts } from '@vwu/membership-domain';
import { applyVersioned } from '@vwu/platform-messaging';
import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';

/**
 * The units as membership-service knows them, from the organisation context's public events:
 * each document says only where its own unit sits now (parent, kind, open or closed), its name
 * (for the member lists), and which stream version said so. Ancestors are read by walking up,
 * so the order in which the events of different units arrive (different partitions) does not
 * matter. A women's group is a unit like the others: its parent is its branch, now.
 */
interface UnitPlace {
  _id: string;
  kind: string;
  name: string;
  parentId: string | null;
  active: boolean;
  version: number;
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

/** The second generation keeps names too: filled anew from the topic (BRANCHES_CONSUMER_GROUP). */
export function unitPlaces(
  connection: Connection,
  collection = 'unit_places_g2',
): Model<UnitPlace> {
  return (
    (connection.models[collection] as Model<UnitPlace> | undefined) ??
    connection.model<UnitPlace>(collection, schema, collection)
  );
}

/** Deeper than any union tree: a longer walk up means a corrupted tree, not a deep one. */
const MAX_DEPTH = 32;

type Place = Omit<UnitPlace, '_id'>;

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
  'vn.vwu.organisation.UnitsMerged.v1': (event, current) =>
    current && { ...current, active: false, version: Number(event.sequence) },
  'vn.vwu.organisation.UnitDissolved.v1': (event, current) =>
    current && { ...current, active: false, version: Number(event.sequence) },
};

/** The unit's place after the event, or undefined for an event that does not move it. */
function placeAfter(event: PublicEvent, current: Place | undefined): Place | undefined {
  const move = isContextEvent('organisation', event) ? MOVES[event.type] : undefined;
  return move?.(event, current);
}

/** Where units sit, and the branch facts a member command needs. */
export class MongoBranchDirectory extends BranchDirectory {
  constructor(private readonly places: Model<UnitPlace>) {
    super();
  }

  /**
   * A projection handler, idempotent: the batch's units are read by id, each event applies
   * only over an older version, and each unit is written once, by id (the local store's
   * indexes serve exact lookups only).
   */
  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.places, events, placeAfter);
  }

  async nameOf(unitId: string): Promise<string | undefined> {
    const unit = await this.places.findById(unitId, { name: 1 }).lean();
    return unit?.name || undefined;
  }

  async facts(unitId: string): Promise<BranchFacts> {
    const unit = await this.places.findById(unitId).lean();
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
      const parent = await this.places.findById(parentId).lean();
      if (!parent) return undefined;
      parentId = parent.parentId;
    }
    return ancestorIds;
  }
}
