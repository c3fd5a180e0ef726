import type { PublicEvent } from '@vwu/contracts';
import type { ProjectionHandler } from '@vwu/platform-messaging';
import type { Model } from 'mongoose';
import { historyWrites, type UnitHistoryEntry } from './unit-history';
import { OPEN_END, type Placement, type UnitView } from './unit-read-model';
import type { UnitRollupProjection } from './unit-rollup.projection';
import { simpleWrites, type PlaceEvent, type Write } from './unit-writes';

/** Ends the open placement on the date; a closed unit has no open one. */
function closePlacement(placements: readonly Placement[], on: string): Placement[] {
  return placements.map((p) => (p.to === OPEN_END ? { ...p, to: on } : p));
}

/**
 * The units read model and their history. Idempotent by stream version: an event at or below
 * the version a view reflects changes nothing, so a redelivered batch is harmless. Events that
 * need nothing but themselves go in one bulk write; a move or closure reads the view first (its
 * placements, and the descendants whose ancestors change). The rollups, when given, follow the
 * batch's views once they are written.
 */
export class UnitTreeProjection implements ProjectionHandler {
  constructor(
    private readonly units: Model<UnitView>,
    private readonly history: Model<UnitHistoryEntry>,
    private readonly rollups?: UnitRollupProjection,
  ) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const lines = events.flatMap(historyWrites);
    if (lines.length > 0) await this.history.bulkWrite(lines, { ordered: false });
    let pending: Write[] = [];
    for (const event of events) {
      const writes = simpleWrites(event);
      if (writes) {
        pending.push(...writes);
        continue;
      }
      await this.flush(pending);
      pending = [];
      await this.applyPlace(event as PlaceEvent);
    }
    await this.flush(pending);
    await this.alignWithParents(events);
    await this.rollups?.apply(events);
  }

  private async flush(writes: Write[]): Promise<void> {
    if (writes.length > 0) await this.units.bulkWrite(writes, { ordered: true });
  }

  /**
   * A unit established under a parent whose move this read model applied earlier than the
   * establishment (another partition) takes the parent's current ancestors.
   */
  private async alignWithParents(events: readonly PublicEvent[]): Promise<void> {
    const established = events.flatMap((e) =>
      e.type === 'vn.vwu.organisation.UnitEstablished.v1' && e.data.parentId !== null
        ? [{ unitId: e.data.unitId, parentId: e.data.parentId, recorded: e.data.ancestorIds }]
        : [],
    );
    if (established.length === 0) return;
    const parentIds = [...new Set(established.map((e) => e.parentId))];
    const parents = await this.units.find({ _id: { $in: parentIds } }, { ancestorIds: 1 }).lean();
    const current = new Map(parents.map((p) => [p._id, [...(p.ancestorIds ?? []), p._id]]));
    const writes: Write[] = established.flatMap(({ unitId, parentId, recorded }) => {
      const ancestors = current.get(parentId);
      return ancestors && ancestors.join() !== recorded.join()
        ? [
            {
              updateOne: {
                filter: { _id: unitId, parentId },
                update: { $set: { ancestorIds: ancestors } },
              },
            },
          ]
        : [];
    });
    if (writes.length > 0) await this.units.bulkWrite(writes, { ordered: false });
  }

  private async applyPlace(event: PlaceEvent): Promise<void> {
    const version = Number(event.sequence);
    const view = await this.units.findById(event.subject).lean();
    if (!view || view.version >= version) return;
    const meta = { version, updatedAt: new Date(event.time) };
    const filter = { _id: view._id, version: { $lt: version } };
    if (event.type === 'vn.vwu.organisation.UnitMoved.v1') {
      const { parentId, movedOn } = event.data;
      const ancestorIds = await this.ancestorsUnder(parentId, event.data.ancestorIds);
      const placements = [
        ...closePlacement(view.placements ?? [], movedOn),
        { parentId, from: movedOn, to: OPEN_END },
      ];
      await this.units.updateOne(filter, {
        $set: { parentId, ancestorIds, placements, ...meta },
        $addToSet: { parentIds: parentId },
      });
      await this.reparentDescendants(view._id, ancestorIds);
      return;
    }
    const { successorId } = event.data;
    const on =
      event.type === 'vn.vwu.organisation.UnitsMerged.v1'
        ? event.data.mergedOn
        : event.data.dissolvedOn;
    const reason = event.type === 'vn.vwu.organisation.UnitsMerged.v1' ? 'merged' : 'dissolved';
    await this.units.updateOne(filter, {
      $set: {
        status: 'closed',
        closure: { reason, successorId, on },
        placements: closePlacement(view.placements ?? [], on),
        ...meta,
      },
    });
  }

  /**
   * Events of different units arrive in any order (one partition per stream): the parent's view
   * may know of a later move of the parent than the event does. Its ancestors are the fresher.
   */
  private async ancestorsUnder(parentId: string, recorded: readonly string[]): Promise<string[]> {
    const parent = await this.units.findById(parentId, { ancestorIds: 1 }).lean();
    return parent ? [...(parent.ancestorIds ?? []), parentId] : [...recorded];
  }

  /** The moved unit's descendants keep their place below it; their ancestors above change. */
  private async reparentDescendants(unitId: string, ancestorIds: readonly string[]) {
    const descendants = await this.units.find({ ancestorIds: unitId }, { ancestorIds: 1 }).lean();
    const writes: Write[] = descendants.map((d) => {
      const below = d.ancestorIds.slice(d.ancestorIds.indexOf(unitId));
      return {
        updateOne: {
          filter: { _id: d._id },
          update: { $set: { ancestorIds: [...ancestorIds, ...below] } },
        },
      };
    });
    if (writes.length > 0) await this.units.bulkWrite(writes, { ordered: false });
  }
}
