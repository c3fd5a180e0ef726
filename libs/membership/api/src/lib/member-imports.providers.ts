import type { Provider } from '@nestjs/common';
import {
  BranchRoster,
  ExportBranchMembersHandler,
  ImportAdmissions,
  ImportLookups,
  MemberImportJobs,
  MemberImportRunner,
  StartMemberImportHandler,
} from '@vwu/membership-application';
import { jobResumer } from '@vwu/platform-jobs/nest';
import { MONGO_CONNECTION } from '@vwu/platform-nest';
import { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';
import { MemberPlaces, MongoMemberImportJobs } from '@vwu/membership-infrastructure';

/** Bulk admission and member lists: the jobs, their runner, the handlers. */
export const MEMBER_IMPORT_PROVIDERS: Provider[] = [
  {
    provide: MemberImportJobs,
    inject: [MONGO_CONNECTION, PersonalDataVault],
    useFactory: (connection: Connection, vault: PersonalDataVault) =>
      new MongoMemberImportJobs(connection, vault),
  },
  {
    provide: BranchRoster,
    inject: [MONGO_CONNECTION],
    useFactory: (connection: Connection) => new MemberPlaces(connection),
  },
  ImportAdmissions,
  ImportLookups,
  MemberImportRunner,
  StartMemberImportHandler,
  ExportBranchMembersHandler,
  jobResumer(MemberImportRunner),
];
