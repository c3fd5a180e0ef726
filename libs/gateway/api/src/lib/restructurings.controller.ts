import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  MAX_PLAN_STEPS,
  restructuringIdParam,
  restructuringPlan,
  restructuringSheetQuery,
  RESTRUCTURING_RPC,
  type RestructuringJobDto,
  type RestructuringPlanDto,
  type RestructuringPreviewDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import {
  AcceptsBody,
  JSON_MEDIA_TYPE,
  parseBody,
  ProblemError,
  RequestValidationError,
} from '@vwu/platform-http';
import { readUpload, SHEET_MEDIA_TYPES } from '@vwu/platform-jobs/gateway';
import { readTable, tableFormatOf, UnreadableTableError } from '@vwu/platform-tabular';
import type { Request, Response } from 'express';
import { Call } from './call-context';
import { invalidSheet, onRows, stepsFromSheet } from './restructuring-sheet';
import { Upstream, UpstreamProblem, type CallContext } from './upstream';

/** A city's plan reads and simulates the part of the tree it touches: longer than a command. */
const PLAN_TIMEOUT_MS = 120_000;
/**
 * 5 MB, as a sheet or as JSON: the Hanoi reform's sheet (about 700 rows) is some 60 kB, its JSON
 * plan some 100 kB; a plan of MAX_PLAN_STEPS steps is about 3 MB as JSON.
 */
const MAX_PLAN_BYTES = 5 * 1_048_576;

/** A plan, and for a sheet the row of each step (the header is row 1). */
interface PlanInput {
  readonly plan: RestructuringPlanDto;
  readonly rows?: readonly number[];
}

/**
 * /api/v1/restructurings: sắp xếp tổ chức as one operation, sent as JSON or as a CSV/XLSX sheet
 * (one step a row). The plan is checked here (422 with every field, by row for a sheet) and
 * simulated whole by organisation-service, which applies it as a job.
 */
@Controller('api/v1/restructurings')
@AcceptsBody({ mediaTypes: [JSON_MEDIA_TYPE, ...SHEET_MEDIA_TYPES], jsonMaxBytes: MAX_PLAN_BYTES })
export class RestructuringsController {
  constructor(private readonly upstream: Upstream) {}

  @Post('preview')
  @HttpCode(200)
  @RequirePermissions('units:write')
  async preview(
    @Req() request: Request,
    @Query() query: unknown,
    @Call() call: CallContext,
  ): Promise<RestructuringPreviewDto> {
    const input = await this.planOf(request, query);
    const preview = await this.send<RestructuringPreviewDto>(
      RESTRUCTURING_RPC.preview,
      input,
      call,
    );
    return input.rows ? { ...preview, conflicts: onRows(preview.conflicts, input.rows) } : preview;
  }

  @Post()
  @RequirePermissions('units:write')
  async start(
    @Req() request: Request,
    @Query() query: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RestructuringJobDto> {
    const input = await this.planOf(request, query);
    const job = await this.send<RestructuringJobDto>(RESTRUCTURING_RPC.start, input, call);
    response
      .status(job.status === 'running' ? 202 : 200)
      .location(`/api/v1/restructurings/${job.id}`);
    return job;
  }

  @Get(':id')
  @RequirePermissions('units:read')
  get(@Param('id') id: string, @Call() call: CallContext): Promise<RestructuringJobDto> {
    const body = { id: parseBody(restructuringIdParam, id) };
    return this.upstream.call(this.upstream.organisation, RESTRUCTURING_RPC.get, body, call);
  }

  private async send<T>(pattern: string, input: PlanInput, call: CallContext): Promise<T> {
    const context = { ...call, timeoutMs: PLAN_TIMEOUT_MS };
    try {
      return await this.upstream.call<T>(this.upstream.organisation, pattern, input.plan, context);
    } catch (error) {
      if (!(error instanceof UpstreamProblem) || !input.rows || !error.errors) throw error;
      throw new ProblemError(
        error.status,
        error.code,
        error.message,
        onRows(error.errors, input.rows),
      );
    }
  }

  private async planOf(request: Request, query: unknown): Promise<PlanInput> {
    if (!tableFormatOf(request.headers['content-type']))
      return { plan: parseBody(restructuringPlan, request.body) };
    const options = parseBody(restructuringSheetQuery, query);
    const { format, content } = await readUpload(request, MAX_PLAN_BYTES);
    const table = await readTable(content, format, { maxRows: MAX_PLAN_STEPS }).catch(
      (error: unknown) => {
        if (!(error instanceof UnreadableTableError)) throw error;
        throw invalidSheet([{ field: 'file', reason: error.message }]);
      },
    );
    const { steps, rows, errors } = stepsFromSheet(table);
    if (errors.length > 0) throw invalidSheet(errors);
    try {
      return { plan: parseBody(restructuringPlan, { ...options, steps }), rows };
    } catch (error) {
      if (!(error instanceof RequestValidationError)) throw error;
      throw invalidSheet(onRows(error.errors ?? [], rows));
    }
  }
}
