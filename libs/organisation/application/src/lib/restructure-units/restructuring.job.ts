import type { Actor } from '@vwu/platform-auth';
import { JobStore, type JobRecord } from '@vwu/platform-jobs';
import type { ResolvedStep } from './restructuring-plan';

export type RestructuringStatus = JobRecord['status'];

/** An accepted plan: validated whole, applied step by step, resumable from `done`. */
export interface RestructuringJob extends JobRecord {
  readonly title: string;
  readonly effectiveOn: string;
  /**
   * Who applied it (the actor of every event the job writes, and whose scope every step is
   * checked against again), without the token: a resumed job acts as the user did.
   */
  readonly actor: Omit<Actor, 'traceparent'>;
}

/** The jobs and their resolved steps, kept by the service. */
export abstract class RestructuringJobs extends JobStore<RestructuringJob, ResolvedStep> {}
