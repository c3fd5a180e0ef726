import type { Type } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { assertPermission, type Actor, type Permission, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import type { UploadInput, UploadJob } from '@vwu/platform-imports';
import { percentDone, type JobFailure, type JobStore } from '@vwu/platform-jobs';
import type { z } from 'zod';
import { jobRpcController, type JobRpcBinding } from './job-rpc-controller';

/** An import's job resource, its count of rows done named for what the job does (`admitted`). */
export type ImportJobView<P extends string> = {
  readonly id: string;
  readonly fileName: string;
  readonly format: UploadJob['format'];
  readonly status: UploadJob['status'];
  readonly total: number;
  readonly percent: number;
  readonly createdAt: string;
  readonly finishedAt?: string;
  readonly errors: JobFailure[];
} & Readonly<Record<P, number>>;

/** The job resource of an import job, as its declaration's view schema describes it. */
export function importJobView<P extends string>(done: P): (job: UploadJob) => ImportJobView<P> {
  return (job) =>
    ({
      id: job.id,
      fileName: job.fileName,
      format: job.format,
      status: job.status,
      total: job.total,
      [done]: job.done,
      percent: percentDone(job.done, job.total),
      createdAt: job.createdAt.toISOString(),
      ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
      errors: job.failure ? [job.failure] : [],
    }) as ImportJobView<P>;
}

/** The start request of an upload, with the import's date for rows without one. */
type UploadBody<D extends string> = Omit<UploadInput, 'content'> & {
  readonly content: string;
} & Partial<Readonly<Record<D, string>>>;

/** What the service side of an import declares: its use case, its store, who reads a job. */
export interface ImportRpcBinding<D extends string, S extends z.ZodType<UploadBody<D>>, V> {
  readonly job: JobRpcBinding<UploadJob, S, V>['job'];
  readonly view: (job: UploadJob) => V;
  /** The body's date for rows without one (today, in Vietnam, if absent), as the input names it. */
  readonly date: D;
  /** The use case's command: it validates the whole file and stores the job (or finds it). */
  readonly command: (input: UploadInput & Readonly<Record<D, string>>, actor: Actor) => ICommand;
  /** The import's job store (its injection token). */
  readonly jobs: abstract new (...args: never[]) => JobStore<UploadJob, unknown>;
  /** What a reader needs besides being the uploader or an administrator. */
  readonly read: Permission;
  /** The import's 404 problem. */
  readonly notFound: (id: string) => Error;
}

/**
 * The RPC handler of an import (start, get): the file decoded from base64, the use case run
 * through the command bus; a job is seen by the user who uploaded it, or an administrator.
 */
export function importRpcController<D extends string, S extends z.ZodType<UploadBody<D>>, V>(
  binding: ImportRpcBinding<D, S, V>,
): Type<unknown> {
  return jobRpcController({
    job: binding.job,
    view: binding.view,
    start: (body, actor, services) => {
      const input = {
        content: Buffer.from(body.content, 'base64'),
        format: body.format,
        fileName: body.fileName,
        [binding.date]: body[binding.date] ?? todayInVietnam(),
      } as UploadInput & Record<D, string>;
      return services(CommandBus).execute<ICommand, UploadJob>(binding.command(input, actor));
    },
    read: async (id, actor, services) => {
      const job = await services(binding.jobs).get(id);
      if (!job || (job.userId !== actor.userId && !actor.roles.includes('admin')))
        throw binding.notFound(id);
      assertPermission({ ...actor, roles: actor.roles as readonly Role[] }, binding.read);
      return job;
    },
  });
}
