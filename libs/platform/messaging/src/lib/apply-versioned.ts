import type { PublicEvent } from '@vwu/contracts';
import type { Model } from 'mongoose';

/** A read-model document kept one per stream subject, with the stream version it reflects. */
export interface Versioned {
  readonly version: number;
}

/**
 * Applies a batch to documents kept one per event subject: the batch's subjects are read by id,
 * each event applies only over an older version (a redelivery changes nothing), and each
 * changed subject is written once, whole, by id (the local store's indexes serve exact lookups
 * only). `next` gives the document after an event, or undefined when the event leaves it.
 * Returns every subject's document after the batch, written now or before (a redelivered batch
 * changes nothing, yet a consumer that crashed after this write may still have work to redo).
 */
export async function applyVersioned<P extends Versioned>(
  model: Model<P & { _id: string }>,
  events: readonly PublicEvent[],
  next: (event: PublicEvent, current: P | undefined) => P | undefined,
): Promise<Map<string, P>> {
  const ids = [...new Set(events.map((event) => event.subject))];
  const found = (await model.find({ _id: { $in: ids } }).lean()) as (P & { _id: string })[];
  const current = new Map<string, P>(found.map(({ _id, ...doc }) => [_id, doc as unknown as P]));
  const changed = new Set<string>();
  for (const event of events) {
    const before = current.get(event.subject);
    if (before && before.version >= Number(event.sequence)) continue;
    const after = next(event, before);
    if (after === undefined) continue;
    current.set(event.subject, after);
    changed.add(event.subject);
  }
  const writes = [...changed].map((id) => ({
    replaceOne: { filter: { _id: id }, replacement: { ...current.get(id), _id: id }, upsert: true },
  }));
  if (writes.length > 0) await model.bulkWrite(writes as never, { ordered: false });
  return current;
}
