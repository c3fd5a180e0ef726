import { randomUUID } from 'node:crypto';

/** Where a runner reports (a Nest Logger fits). */
export interface JobLogger {
  log(message: string): void;
  error(message: string): void;
}

/** A job that a runner holds by a lease while it works on it. */
export interface LeasedJob {
  readonly id: string;
}

/** The jobs of one kind, as a runner claims them. */
export interface ClaimableJobs<J extends LeasedJob> {
  /** The next running job whose lease is free or expired, leased to `owner` for `leaseMs`. */
  claim(owner: string, leaseMs: number): Promise<J | undefined>;
}

/**
 * Runs long jobs (imports, restructuring plans) in the background of a service: one drain at a
 * time, claiming each running job by a lease so that one replica works on it; a runner that
 * dies stops renewing, and another (or this one after a restart) claims the job when the lease
 * runs out and goes on from its recorded progress.
 */
export abstract class LeasedJobRunner<J extends LeasedJob> {
  protected readonly owner = randomUUID();
  private draining: Promise<number> | undefined;
  protected stopping = false;

  protected constructor(
    private readonly claimable: ClaimableJobs<J>,
    private readonly leaseMs: number,
    protected readonly logger: JobLogger,
  ) {}

  /** Works on one claimed job until it ends, the lease is lost, or the runner stops. */
  protected abstract run(job: J): Promise<void>;

  /** Lets the work in flight finish and record its progress, then starts nothing more. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.draining?.catch(() => undefined);
  }

  /** Starts draining in the background (a job was accepted); errors are logged. */
  kick(): void {
    if (this.stopping) return;
    this.drain().catch((error: unknown) =>
      this.logger.error(`job runner stopped: ${String(error)}`),
    );
  }

  /** Runs every claimable job to its end, one after another; one drain at a time. */
  drain(): Promise<number> {
    this.draining ??= this.drainAll().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async drainAll(): Promise<number> {
    let count = 0;
    while (!this.stopping) {
      const job = await this.claimable.claim(this.owner, this.leaseMs);
      if (!job) return count;
      await this.run(job);
      count += 1;
    }
    return count;
  }
}
