import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type Provider,
  type Type,
} from '@nestjs/common';

/** How often unfinished jobs (a crash, another replica gone) are looked for. */
export const SWEEP_MS = 10_000;

/** A job runner as the resumer drives it (every LeasedJobRunner is one). */
export interface ResumableRunner {
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Resumes a service's accepted jobs at start and every few seconds, and stops them cleanly at
 * shutdown: before the store's connection closes the work in flight ends and its progress is
 * recorded.
 */
export class JobResumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobResumer');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly runners: readonly ResumableRunner[]) {}

  onApplicationBootstrap(): void {
    const kick = () => this.runners.forEach((runner) => runner.kick());
    kick();
    this.timer = setInterval(kick, SWEEP_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.runners.map((runner) => runner.stop()));
    this.logger.log(`${this.runners.length} job runner(s) stopped`);
  }
}

/** The resumer of a service's runners, as a provider of its module. */
export function jobResumer(...runners: Type<ResumableRunner>[]): Provider {
  return {
    provide: JobResumer,
    inject: runners,
    useFactory: (...instances: ResumableRunner[]) => new JobResumer(instances),
  };
}
