import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, type Type } from '@nestjs/common';
import type { JobDeclaration } from '@vwu/internal-api';
import { PERMISSIONS, RequirePermissions, type Permission } from '@vwu/platform-auth';
import { AcceptsBody, JSON_MEDIA_TYPE, parseBody } from '@vwu/platform-http';
import { tableFormatOf } from '@vwu/platform-tabular';
import type { Request, Response } from 'express';
import { readUpload, SHEET_MEDIA_TYPES, type Upload } from './upload';

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

/** What the gateway sends the service to start (or preview) a job, read from the request. */
export interface JobInput {
  /** The gateway → service request. */
  readonly body: unknown;
  /** What a failure of the call becomes for the client (e.g. its fields named by sheet rows). */
  readonly refused?: (error: unknown) => unknown;
  /** The preview's answer as the client gets it. */
  readonly previewed?: (answer: unknown) => unknown;
}

/**
 * The "read input" hook of a job: how an uploaded sheet (its query's options validated) becomes
 * the service's request. Without one, the file goes as it came, base64-encoded.
 */
export type ReadJobInput = (upload: Upload, options: Record<string, unknown>) => Promise<JobInput>;

/** The file itself, base64-encoded, with the query's options: an import's request. */
const fileAsSent: ReadJobInput = ({ format, content }, options) =>
  Promise.resolve({
    body: {
      ...options,
      format,
      fileName: options['fileName'] ?? `upload.${format}`,
      content: content.toString('base64'),
    },
  });

/**
 * The gateway routes of a job, from its declaration: `POST {path}` takes the file as the body
 * (the query's options validated, the file read up to its limit; for a job that declares `json`,
 * a JSON body instead, checked with its schema) and answers the job with 202 (running) or 200
 * (ended), `Location` its resource; `POST {path}/preview`, for a job that declares one, answers
 * 200 with what starting would do; `GET {path}/{id}` reads the job.
 */
export function jobController(
  job: JobDeclaration,
  call: CallDecorator,
  readInput: ReadJobInput = fileAsSent,
): Type<unknown> {
  const { upload, permissions, rpc, service, timeoutMs, json } = job;
  const Call = call;
  const accepted = json
    ? { mediaTypes: [JSON_MEDIA_TYPE, ...SHEET_MEDIA_TYPES], jsonMaxBytes: upload.maxBytes }
    : { mediaTypes: SHEET_MEDIA_TYPES };

  /** The request's JSON body, or its sheet read by the hook. */
  async function inputOf(request: Request, query: unknown): Promise<JobInput> {
    if (json && !tableFormatOf(request.headers['content-type']))
      return { body: parseBody(json.schema, request.body) };
    const options: Record<string, unknown> = parseBody(upload.query, query);
    return readInput(await readUpload(request, upload.maxBytes), options);
  }

  @Controller(job.path.slice(1))
  class JobController {
    constructor(protected readonly upstream: JobUpstream) {}

    @Post()
    @RequirePermissions(...permissionsOf(permissions.start))
    @AcceptsBody(accepted)
    async start(
      @Req() request: Request,
      @Query() query: unknown,
      @Call() context: unknown,
      @Res({ passthrough: true }) response: Response,
    ): Promise<StartedJob> {
      const input = await inputOf(request, query);
      const started = await this.send<StartedJob>(rpc.start, input, context);
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

    protected async send<T>(pattern: string, input: JobInput, context: unknown): Promise<T> {
      try {
        return await this.upstream.call<T>(service, pattern, input.body, {
          call: context,
          timeoutMs,
        });
      } catch (error) {
        throw input.refused ? input.refused(error) : error;
      }
    }
  }
  if (!job.preview || !rpc.preview) return JobController;
  const previewPattern = rpc.preview;

  @Controller(job.path.slice(1))
  class PreviewingJobController extends JobController {
    @Post('preview')
    @HttpCode(200)
    @RequirePermissions(...permissionsOf(permissions.start))
    @AcceptsBody(accepted)
    async preview(
      @Req() request: Request,
      @Query() query: unknown,
      @Call() context: unknown,
    ): Promise<unknown> {
      const input = await inputOf(request, query);
      const answer = await this.send(previewPattern, input, context);
      return input.previewed ? input.previewed(answer) : answer;
    }
  }
  return PreviewingJobController;
}
