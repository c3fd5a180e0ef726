import type { PersonalDataVault } from '@vwu/platform-personal-data';
import type { JobStorage, RowCodec } from './mongo-job-store';

/** The vault as a row codec uses it. */
export type RowVault = Pick<PersonalDataVault, 'seal' | 'open' | 'erase'>;

/**
 * A chunk of rows sealed under a data key of the job's own (the data subject `<kind>:<job id>`):
 * no personal data in clear. The key is erased when the job completes.
 */
export function sealedRows<R>(vault: RowVault, kind: string): RowCodec<R> {
  const subject = (jobId: string) => `${kind}:${jobId}`;
  return {
    pack: async (jobId, rows) => ({ sealed: await vault.seal(subject(jobId), rows) }),
    unpack: async (jobId, chunk) =>
      (await vault.open<R[]>(subject(jobId), chunk['sealed'] as string)) ?? [],
    shred: (jobId) => vault.erase(subject(jobId)),
  };
}

/**
 * Where an import with personal data keeps its jobs: a job document (counts and state, nothing
 * personal) and its rows in chunks sealed by `sealedRows`. When the job completes the key is
 * erased and the chunks deleted: the rows are gone, and any copy of them (a backup) is noise.
 */
export function sealedImportStorage<R>(
  vault: RowVault,
  kind: string,
  collections: Pick<JobStorage<R>, 'jobs' | 'rows'>,
): JobStorage<R> {
  // Rows per chunk as many as a runner's batch: one chunk opened per batch.
  return {
    ...collections,
    chunk: 1_000,
    chunksPerWrite: 10,
    codec: sealedRows(vault, kind),
    dropRowsOnCompletion: true,
  };
}
