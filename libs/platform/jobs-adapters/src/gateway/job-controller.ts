import { Controller, Get, Param, Post, Query, Req, Res, type Type } from '@nestjs/common';
import type { JobDeclaration } from '@vwu/internal-api';
import { PERMISSIONS, RequirePermissions, type Permission } from '@vwu/platform-auth';
import { AcceptsBody, parseBody } from '@vwu/platform-http';
import type { Request, Response } from 'express';
import { readUpload, SHEET_MEDIA_TYPES } from './upload';

/** How the gateway calls a service: its Upstream, provided under this token. */
export abstract class JobUpstream {
  abstract call<T>(
    service: JobDeclaration['service'],
    pattern: string,
    body: unknown,
    context: { readonly call: unknown; readonly timeoutMs?: number },
  ): Promise<T>;
}

/** The gateway's parameter decorator of a service call's context (token, correlation, trace). */
export type CallDecorator = () => ParameterDecorator;

/** The declared permissions, each checked to be one (a typo fails at start, not at a request). */
export function permissionsOf(names: readonly string[]): Permission[] {
  const known: readonly string[] = PERMISSIONS;
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unknown permissions in a job: ${unknown.join(', ')}`);
  return names as Permission[];
}

/** A job that the service started or found: 202 while it runs, 200 when it had ended. */
interface StartedJob {
  readonly id: string;
  readonly status: string;
}

/**
 * The gateway routes of a job, from its declaration: `POST {path}` takes the file as the body
 * (the query's options validated, the file read up to its limit) and answers the job with 202
 * (running) or 200 (ended), `Location` its resource; `GET {path}/{id}` reads the job.
 */
export function jobController(job: JobDeclaration, call: CallDecorator): Type<unknown> {
  const { upload, permissions, rpc, service, timeoutMs } = job;
  const Call = call;

  @Controller(job.path.slice(1))
  class JobController {
    constructor(private readonly upstream: JobUpstream) {}

    @Post()
    @RequirePermissions(...permissionsOf(permissions.start))
    @AcceptsBody({ mediaTypes: SHEET_MEDIA_TYPES })
    async start(
      @Req() request: Request,
      @Query() query: unknown,
      @Call() context: unknown,
      @Res({ passthrough: true }) response: Response,
    ): Promise<StartedJob> {
      const options = parseBody(upload.query, query) as { fileName?: string };
      const { format, content } = await readUpload(request, upload.maxBytes);
      const body = {
        ...options,
        format,
        fileName: options.fileName ?? `upload.${format}`,
        content: content.toString('base64'),
      };
      const started = await this.upstream.call<StartedJob>(service, rpc.start, body, {
        call: context,
        timeoutMs,
      });
      response
        .status(started.status === 'running' ? 202 : 200)
        .location(`${job.path}/${started.id}`);
      return started;
    }

    @Get(':id')
    @RequirePermissions(...permissionsOf(permissions.read))
    get(@Param('id') id: string, @Call() context: unknown): Promise<unknown> {
      const body = { id: parseBody(job.idParam, id) };
      return this.upstream.call(service, rpc.get, body, { call: context });
    }
  }
  return JobController;
}
