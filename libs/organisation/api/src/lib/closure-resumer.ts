import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PendingClosures, UnitCloser } from '@vwu/organisation-application';
import { ROOT_UNIT, type RootUnit } from './root-bootstrap';

/** How often closures left half-done by a crash are looked for, besides at start. */
const SWEEP_MS = 30_000;

/**
 * Finishes mergers and dissolutions that a crash interrupted after the closure was recorded:
 * the children still under the closed unit move to its successor, on the closure's date, with
 * the original user and correlation id.
 */
@Injectable()
export class ClosureResumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ClosureResumer');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly pending: PendingClosures,
    private readonly closer: UnitCloser,
    @Inject(ROOT_UNIT) private readonly root: RootUnit,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.sweep();
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.sweep());
    }, SWEEP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; a failure is logged and retried on the next pass. */
  async sweep(): Promise<void> {
    try {
      for (const { userId, correlationId, ...closure } of await this.pending.all()) {
        const actor = { userId, correlationId, roles: ['admin'], scopeUnitId: this.root.id };
        const moved = await this.closer.finish(closure, actor);
        this.logger.log(`finished the closure of unit ${closure.unitId}: ${moved} children moved`);
      }
    } catch (error) {
      this.logger.error(`could not finish pending closures: ${(error as Error).message}`);
    }
  }
}
