import type { JobRecord, JobStore } from '@vwu/platform-jobs';
import type { Connection } from 'mongoose';

/**
 * `jobs` whose progress write fails once `after` of them succeeded: the service dies mid-job,
 * its last step done but not recorded. Everything else is the store's own.
 */
export function crashingAfter<S extends JobStore<JobRecord, unknown>>(jobs: S, after: number): S {
  let advances = 0;
  const crashing = Object.create(jobs) as S;
  crashing.advance = async (id, owner, done, leaseMs) => {
    advances += 1;
    if (advances > after) throw new Error('the service died here');
    return jobs.advance(id, owner, done, leaseMs);
  };
  return crashing;
}

/** The lease of a job whose runner died runs out: another runner may claim it now. */
export async function expireLease(
  connection: Connection,
  collection: string,
  jobId: string,
): Promise<void> {
  await connection
    .collection(collection)
    .updateOne({ _id: jobId as never }, { $set: { leaseUntil: new Date(0) } });
}

/** Every document of the collections as one text: where a value must not be found in clear. */
export async function dumped(connection: Connection, ...collections: string[]): Promise<string> {
  const all = await Promise.all(
    collections.map((name) => connection.collection(name).find().toArray()),
  );
  return all.map((documents) => JSON.stringify(documents)).join('');
}
