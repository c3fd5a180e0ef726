import type { MemberImportJob, PlannedMember } from '@vwu/membership-application';
import { MongoJobStore, sealedImportStorage } from '@vwu/platform-jobs/mongo';
import type { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';

/**
 * Member import jobs in the service's database, their rows sealed under a key of the job's own
 * (the data subject `member-import:<job id>`), erased with the chunks when the job completes.
 * The members keep their own keys.
 */
export class MongoMemberImportJobs extends MongoJobStore<MemberImportJob, PlannedMember> {
  constructor(connection: Connection, vault: PersonalDataVault) {
    super(
      connection,
      sealedImportStorage(vault, 'member-import', {
        jobs: 'member_import_jobs',
        rows: 'member_import_rows',
      }),
    );
  }
}
