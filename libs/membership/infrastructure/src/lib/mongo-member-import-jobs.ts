import type { MemberImportJob, PlannedMember } from '@vwu/membership-application';
import { MongoJobStore, type RowCodec } from '@vwu/platform-jobs/mongo';
import type { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';

/** The data subject whose key seals a job's rows: erased when the job completes. */
const rowsSubject = (jobId: string) => `member-import:${jobId}`;

/** A chunk of rows sealed under the job's own data key: no personal data in clear. */
function sealedRows(vault: PersonalDataVault): RowCodec<PlannedMember> {
  return {
    pack: async (jobId, rows) => ({ sealed: await vault.seal(rowsSubject(jobId), rows) }),
    unpack: async (jobId, chunk) =>
      (await vault.open<PlannedMember[]>(rowsSubject(jobId), chunk['sealed'] as string)) ?? [],
    shred: (jobId) => vault.erase(rowsSubject(jobId)),
  };
}

/**
 * Member import jobs in the service's database: a job document (counts and state, nothing
 * personal) and its rows in chunks sealed with the personal-data vault under a key of the
 * job's own. When the job completes the key is erased and the chunks deleted: the rows are
 * gone, and any copy of them (a backup) is noise. The members keep their own keys.
 */
export class MongoMemberImportJobs extends MongoJobStore<MemberImportJob, PlannedMember> {
  constructor(connection: Connection, vault: PersonalDataVault) {
    // Rows per chunk as many as a runner's batch: one chunk opened per batch.
    super(connection, {
      jobs: 'member_import_jobs',
      rows: 'member_import_rows',
      chunk: 1_000,
      chunksPerWrite: 10,
      codec: sealedRows(vault),
      dropRowsOnCompletion: true,
    });
  }
}
