import type { PublicEvent } from '@vwu/contracts';
import type { ProjectionHandler } from '@vwu/platform-messaging';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import { nameKey, type UnitView } from './unit-read-model';

type Write = AnyBulkWriteOperation<UnitView>;

/**
 * The units read model. Idempotent by stream version: an event at or below the version a
 * view already reflects changes nothing, so a redelivered batch is harmless.
 */
export class UnitTreeProjection implements ProjectionHandler {
  constructor(private readonly units: Model<UnitView>) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const writes = events.flatMap((event) => this.writesFor(event));
    if (writes.length > 0) await this.units.bulkWrite(writes, { ordered: true });
  }

  private writesFor(event: PublicEvent): Write[] {
    const version = Number(event.sequence);
    const updatedAt = new Date(event.time);
    switch (event.type) {
      case 'vn.vwu.organisation.UnitEstablished.v1': {
        const { unitId, name, kind, parentId, ancestorIds, establishedOn } = event.data;
        const view = { name, nameKey: nameKey(name), kind, parentId, ancestorIds, establishedOn };
        return [
          {
            updateOne: {
              filter: { _id: unitId },
              update: { $setOnInsert: { ...view, version, updatedAt } },
              upsert: true,
            },
          },
        ];
      }
      case 'vn.vwu.organisation.UnitRenamed.v1':
        return [
          {
            updateOne: {
              filter: { _id: event.data.unitId, version: { $lt: version } },
              update: {
                $set: {
                  name: event.data.name,
                  nameKey: nameKey(event.data.name),
                  version,
                  updatedAt,
                },
              },
            },
          },
        ];
      default:
        return [];
    }
  }
}
