import type { PublicEvent } from '@vwu/contracts';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import { sameSegments, type Segment } from '@vwu/platform-counts-over-time';
import {
  deepest,
  ownFiguresOf,
  parentsOf,
  ROLLED_UP,
  segmentsBelow,
  staysOf,
  type RollupFigures,
  type Placed,
  type Views,
} from './unit-rollup-steps';
import type { UnitView } from './unit-read-model';
import { oldestFirst, type RollupChild, type UnitRollup } from './unit-rollups';

/**
 * A tree is at most five deep, so the deepest-first order settles in a handful of rounds; past
 * this bound something would be wrong with the data, and the batch fails loudly instead.
 */
const MAX_ROUNDS = 100;

/**
 * Counts per subtree over time (unit-rollups.ts), kept after the units read model applied a
 * batch: the moved, established or closed units tell each parent they ever had where they sat
 * (a whole value, written again on redelivery), then each touched unit's segments are
 * recomputed from its children's, deepest first, and a unit whose segments changed makes its
 * parents recompute. Nothing is incremented, so a redelivered batch or events of parent and
 * child arriving in either order (different partitions) give the same documents.
 */
export class UnitRollupProjection {
  constructor(
    private readonly units: Model<UnitView>,
    private readonly rollups: Model<UnitRollup>,
    private readonly figures: RollupFigures = {},
  ) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const subjects = [
      ...new Set(events.filter((e) => ROLLED_UP.has(e.type)).map((e) => e.subject)),
    ];
    if (subjects.length === 0) return;
    const views: Views = new Map();
    await this.load(views, subjects);
    await this.link(
      subjects.flatMap((id) => views.get(id) ?? []),
      ownFiguresOf(events),
    );
    // The subjects' parents recompute whether or not the subjects' own segments change.
    await this.settle(
      new Set([...subjects, ...subjects.flatMap((id) => parentsOf(views.get(id)))]),
      views,
    );
  }

  /** After the units' own contributions changed (their members): they and their parents recompute. */
  async settleUnits(ids: readonly string[]): Promise<void> {
    await this.settle(new Set(ids), new Map());
  }

  private async settle(dirty: Set<string>, views: Views): Promise<void> {
    for (let round = 0; dirty.size > 0; round += 1) {
      if (round === MAX_ROUNDS)
        throw new Error(`unit rollups did not settle: ${[...dirty].join()}`);
      await this.load(
        views,
        [...dirty].filter((id) => !views.has(id)),
      );
      const level = deepest(dirty, views);
      for (const id of level) dirty.delete(id);
      const { changed, raced } = await this.recompute(level, views);
      for (const id of raced) dirty.add(id);
      for (const id of changed)
        for (const parentId of parentsOf(views.get(id))) dirty.add(parentId);
    }
  }

  private async load(views: Views, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.units
      .find(
        { _id: { $in: ids } },
        { kind: 1, placements: 1, ancestorIds: 1, ratings: 1, inspectedYears: 1, population: 1 },
      )
      .lean();
    for (const id of ids) views.set(id, null);
    for (const view of found) views.set(view._id, view);
  }

  /** One update per parent for the whole batch: a city's document is rewritten once, not 600 times. */
  private async link(views: readonly Placed[], own: readonly string[]): Promise<void> {
    const byParent = new Map<string, Record<string, RollupChild>>(own.map((id) => [id, {}]));
    for (const view of views)
      for (const [parentId, child] of staysOf(view))
        byParent.set(parentId, { ...byParent.get(parentId), [`children.${view._id}`]: child });
    const writes: AnyBulkWriteOperation<UnitRollup>[] = [...byParent].map(([parentId, set]) => ({
      updateOne: {
        filter: { _id: parentId },
        update:
          Object.keys(set).length > 0 ? { $set: set, $inc: { rev: 1 } } : { $inc: { rev: 1 } },
        upsert: true,
      },
    }));
    if (writes.length > 0) await this.rollups.bulkWrite(writes, { ordered: false });
  }

  /**
   * The units whose segments changed; `raced`: those to recompute again, because a write of
   * another consumer (a second replica) came between this read and this write.
   */
  private async recompute(ids: readonly string[], views: Views) {
    const docs = await this.rollups.find({ _id: { $in: ids } }).lean();
    const childIds = [...new Set(docs.flatMap((doc) => Object.keys(doc.children ?? {})))];
    const below = await this.rollups.find({ _id: { $in: childIds } }, { segments: 1 }).lean();
    const segmentsOf = new Map(below.map((doc) => [doc._id, oldestFirst(doc.segments)]));
    const results = docs.map((doc) => {
      const segments = segmentsBelow(
        doc,
        (id) => segmentsOf.get(id) ?? [],
        views.get(doc._id),
        this.figures,
      );
      const changed = !sameSegments(segments, oldestFirst(doc.segments));
      return { id: doc._id, rev: doc.rev ?? null, changed, segments: segments.reverse() };
    });
    const settled = await this.write(results);
    return {
      changed: results.filter((r) => r.changed).map((r) => r.id),
      raced: settled ? [] : results.map((r) => r.id),
    };
  }

  /**
   * Each over the revision it was computed from, unchanged ones too: their new revision makes a
   * concurrent recompute from older inputs fail. False if any did not match (which is unknown).
   */
  private async write(
    results: { id: string; rev: number | null; changed: boolean; segments: Segment[] }[],
  ) {
    if (results.length === 0) return true;
    const { matchedCount } = await this.rollups.bulkWrite(
      results.map(({ id, rev, changed, segments }) => ({
        updateOne: {
          filter: { _id: id, rev },
          update: changed ? { $set: { segments }, $inc: { rev: 1 } } : { $inc: { rev: 1 } },
        },
      })),
      { ordered: false },
    );
    return matchedCount === results.length;
  }
}
