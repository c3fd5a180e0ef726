import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { RestructuringRunner, UnitImportRunner } from '@vwu/organisation-application';

/** How often unfinished jobs (a crash, another replica gone) are looked for. */
const SWEEP_MS = 10_000;

/**
 * Resumes accepted imports and restructuring plans at start and every few seconds; stops them
 * cleanly at shutdown.
 */
@Injectable()
export class JobResumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobResumer');
  private timer: NodeJS.Timeout | undefined;
  private readonly runners: readonly { kick(): void; stop(): Promise<void> }[];

  constructor(imports: UnitImportRunner, restructurings: RestructuringRunner) {
    this.runners = [imports, restructurings];
  }

  onApplicationBootstrap(): void {
    const kick = () => this.runners.forEach((runner) => runner.kick());
    kick();
    this.timer = setInterval(kick, SWEEP_MS);
    this.timer.unref();
  }

  /** Before the store's connection closes: the running steps end, their progress is recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.runners.map((runner) => runner.stop()));
    this.logger.log('import and restructuring runners stopped');
  }
}
