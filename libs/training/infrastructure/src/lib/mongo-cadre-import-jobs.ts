import type { CadreImportJob, PlannedCadre } from '@vwu/training-application';
import { MongoJobStore, type RowCodec } from '@vwu/platform-jobs/mongo';
import type { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';

/** The data subject whose key seals a job's rows: erased when the job completes. */
const rowsSubject = (jobId: string) => `cadre-import:${jobId}`;

/** A chunk of rows sealed under the job's own data key: no personal data in clear. */
function sealedRows(vault: PersonalDataVault): RowCodec<PlannedCadre> {
  return {
    pack: async (jobId, rows) => ({ sealed: await vault.seal(rowsSubject(jobId), rows) }),
    unpack: async (jobId, chunk) =>
      (await vault.open<PlannedCadre[]>(rowsSubject(jobId), chunk['sealed'] as string)) ?? [],
    shred: (jobId) => vault.erase(rowsSubject(jobId)),
  };
}

/**
 * Cadre import jobs in the service's database: a job document (counts and state, nothing
 * personal) and its rows in chunks sealed under a key of the job's own, erased with the chunks
 * when the job completes. The cadres keep their own keys.
 */
export class MongoCadreImportJobs extends MongoJobStore<CadreImportJob, PlannedCadre> {
  constructor(connection: Connection, vault: PersonalDataVault) {
    super(connection, {
      jobs: 'cadre_import_jobs',
      rows: 'cadre_import_rows',
      chunk: 1_000,
      chunksPerWrite: 10,
      codec: sealedRows(vault),
      dropRowsOnCompletion: true,
    });
  }
}
