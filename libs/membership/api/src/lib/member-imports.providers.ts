import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import {
  BranchRoster,
  ExportBranchMembersHandler,
  ImportAdmissions,
  ImportLookups,
  MemberImportJobs,
  MemberImportRunner,
  StartMemberImportHandler,
} from '@vwu/membership-application';
import { MONGO_CONNECTION } from '@vwu/platform-nest';
import { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';
import { MemberPlaces } from './member-places';
import { MongoMemberImportJobs } from './mongo-member-import-jobs';

/** How often unfinished imports (a crash, another replica gone) are looked for. */
const SWEEP_MS = 10_000;

/** Resumes accepted member imports at start and every few seconds; stops them cleanly. */
@Injectable()
export class MemberImportResumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MemberImportResumer');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly runner: MemberImportRunner) {}

  onApplicationBootstrap(): void {
    this.runner.kick();
    this.timer = setInterval(() => this.runner.kick(), SWEEP_MS);
    this.timer.unref();
  }

  /** Before the store's connection closes: the batch in flight ends, its progress is recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.runner.stop();
    this.logger.log('member import runner stopped');
  }
}

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
  MemberImportResumer,
];
