import type { CadreImportJob, PlannedCadre } from '@vwu/training-application';
import { MongoJobStore, sealedImportStorage } from '@vwu/platform-jobs/mongo';
import type { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';

/**
 * Cadre import jobs in the service's database, their rows sealed under a key of the job's own
 * (the data subject `cadre-import:<job id>`), erased with the chunks when the job completes.
 * The cadres keep their own keys.
 */
export class MongoCadreImportJobs extends MongoJobStore<CadreImportJob, PlannedCadre> {
  constructor(connection: Connection, vault: PersonalDataVault) {
    super(
      connection,
      sealedImportStorage(vault, 'cadre-import', {
        jobs: 'cadre_import_jobs',
        rows: 'cadre_import_rows',
      }),
    );
  }
}
