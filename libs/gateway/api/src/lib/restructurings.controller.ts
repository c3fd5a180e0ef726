import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  restructuringIdParam,
  restructuringPlan,
  RESTRUCTURING_RPC,
  type RestructuringJobDto,
  type RestructuringPreviewDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import type { Response } from 'express';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/** A city's plan reads and simulates the part of the tree it touches: longer than a command. */
const PLAN_TIMEOUT_MS = 120_000;

/**
 * /api/v1/restructurings: sắp xếp tổ chức as one operation. The plan is checked here (422 with
 * every field) and simulated whole by organisation-service, which applies it as a job.
 */
@Controller('api/v1/restructurings')
export class RestructuringsController {
  constructor(private readonly upstream: Upstream) {}

  @Post('preview')
  @HttpCode(200)
  @RequirePermissions('units:write')
  preview(@Body() body: unknown, @Call() call: CallContext): Promise<RestructuringPreviewDto> {
    const plan = parseBody(restructuringPlan, body);
    const context = { ...call, timeoutMs: PLAN_TIMEOUT_MS };
    return this.upstream.call(this.upstream.organisation, RESTRUCTURING_RPC.preview, plan, context);
  }

  @Post()
  @RequirePermissions('units:write')
  async start(
    @Body() body: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RestructuringJobDto> {
    const plan = parseBody(restructuringPlan, body);
    const job = await this.upstream.call<RestructuringJobDto>(
      this.upstream.organisation,
      RESTRUCTURING_RPC.start,
      plan,
      { ...call, timeoutMs: PLAN_TIMEOUT_MS },
    );
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
}
