import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { UnitImportRunner } from '@vwu/organisation-application';

/** How often unfinished imports (a crash, another replica gone) are looked for. */
const SWEEP_MS = 10_000;

/** Resumes accepted imports at start and every few seconds; stops them cleanly at shutdown. */
@Injectable()
export class ImportResumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ImportResumer');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly runner: UnitImportRunner) {}

  onApplicationBootstrap(): void {
    this.runner.kick();
    this.timer = setInterval(() => this.runner.kick(), SWEEP_MS);
    this.timer.unref();
  }

  /** Before the store's connection closes: the running batch ends, its progress is recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.runner.stop();
    this.logger.log('import runner stopped');
  }
}
