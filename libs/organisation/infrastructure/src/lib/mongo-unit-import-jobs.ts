import type { PlannedUnit, UnitImportJob } from '@vwu/organisation-application';
import { MongoJobStore } from '@vwu/platform-jobs/mongo';
import type { Connection } from 'mongoose';

/** Import jobs in the service's database: a job document, and its planned rows in chunks. */
export class MongoUnitImportJobs extends MongoJobStore<UnitImportJob, PlannedUnit> {
  constructor(connection: Connection) {
    // 1,000 planned units are about 250 kB a chunk, far below a document's 16 MB.
    super(connection, {
      jobs: 'unit_import_jobs',
      rows: 'unit_import_rows',
      chunk: 1_000,
      chunksPerWrite: 20,
    });
  }
}
