import type { Actor } from '@vwu/platform-auth';
import type { FieldError } from '@vwu/platform-problems';
import type { ResolvedStep } from './restructuring-plan';

export type RestructuringStatus = 'running' | 'completed' | 'failed';

/** An accepted plan: validated whole, applied step by step, resumable from `done`. */
export interface RestructuringJob {
  /** Derived from the plan and the scope: the same plan again is the same job. */
  readonly id: string;
  readonly title: string;
  readonly effectiveOn: string;
  readonly total: number;
  /** Steps applied so far, in order: a resumed job goes on from here. */
  readonly done: number;
  readonly status: RestructuringStatus;
  /**
   * Who applied it (the actor of every event the job writes, and whose scope every step is
   * checked against again), without the token: a resumed job acts as the user did.
   */
  readonly actor: Omit<Actor, 'traceparent'>;
  readonly createdAt: Date;
  readonly finishedAt?: Date;
  /** Why a job stopped: a step that the tree refused after validation (changed meanwhile). */
  readonly failure?: FieldError;
}

/** The jobs and their resolved steps, kept by the service (Mongo collections). */
export abstract class RestructuringJobs {
  /** Stores a new job and its steps; if the job exists already, changes nothing and returns it. */
  abstract create(job: RestructuringJob, steps: readonly ResolvedStep[]): Promise<RestructuringJob>;
  abstract get(id: string): Promise<RestructuringJob | undefined>;
  /** A failed job asked for again: running from where it stopped. */
  abstract retry(id: string): Promise<void>;
  /** The next running job whose lease is free or expired, leased to `owner` for `leaseMs`. */
  abstract claim(owner: string, leaseMs: number): Promise<RestructuringJob | undefined>;
  abstract steps(id: string): Promise<readonly ResolvedStep[]>;
  /** Records progress and renews the lease; false when the lease was lost to another runner. */
  abstract advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean>;
  abstract finish(id: string, owner: string, failure?: FieldError): Promise<void>;
}
