import { JobStore, type JobRecord } from '@vwu/platform-jobs';

/**
 * An import job store in memory, for the specs of the handlers that start jobs: it keeps each
 * job with its rows (`create`, `get`) and never hands one out to run (`claim`), so a spec sees
 * what was accepted, not what a runner did with it.
 */
export class MemoryJobs<J extends JobRecord, R> extends JobStore<J, R> {
  readonly jobs = new Map<string, { readonly job: J; readonly rows: readonly R[] }>();

  create(job: J, rows: readonly R[]): Promise<J> {
    const existing = this.jobs.get(job.id);
    if (!existing) this.jobs.set(job.id, { job, rows });
    return Promise.resolve(existing?.job ?? job);
  }

  get(id: string): Promise<J | undefined> {
    return Promise.resolve(this.jobs.get(id)?.job);
  }

  /** Nothing to retry: a job here never runs, so none fails. */
  retry(): Promise<void> {
    return Promise.resolve();
  }

  claim(): Promise<J | undefined> {
    return Promise.resolve(undefined);
  }

  rows(id: string, from: number, limit: number): Promise<readonly R[]> {
    return Promise.resolve((this.jobs.get(id)?.rows ?? []).slice(from, from + limit));
  }

  advance(): Promise<boolean> {
    return Promise.resolve(false);
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }
}
