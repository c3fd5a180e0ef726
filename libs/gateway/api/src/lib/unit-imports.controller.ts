import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  importIdParam,
  UNIT_IMPORT_RPC,
  unitImportQuery,
  type UnitImportJobDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { AcceptsBody, parseBody } from '@vwu/platform-http';
import type { Request, Response } from 'express';
import { Call } from './call-context';
import { readUpload, SHEET_MEDIA_TYPES } from './upload';
import { Upstream, type CallContext } from './upstream';

/** 25 MB: a whole city's structure (Hanoi, 22,000 rows) is about 2 MB as CSV. */
const MAX_UPLOAD_BYTES = 25 * 1_048_576;
/** Validating a city's file reads the tree under it: longer than a command. */
const VALIDATION_TIMEOUT_MS = 120_000;

/** /api/v1/unit-imports: a unit structure from a CSV or XLSX file, as a job with progress. */
@Controller('api/v1/unit-imports')
export class UnitImportsController {
  constructor(private readonly upstream: Upstream) {}

  @Post()
  @RequirePermissions('units:write')
  @AcceptsBody({ mediaTypes: SHEET_MEDIA_TYPES })
  async start(
    @Req() request: Request,
    @Query() query: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UnitImportJobDto> {
    const options = parseBody(unitImportQuery, query);
    const { format, content } = await readUpload(request, MAX_UPLOAD_BYTES);
    const body = {
      ...options,
      format,
      fileName: options.fileName ?? `upload.${format}`,
      content: content.toString('base64'),
    };
    const job = await this.upstream.call<UnitImportJobDto>(
      this.upstream.organisation,
      UNIT_IMPORT_RPC.start,
      body,
      { ...call, timeoutMs: VALIDATION_TIMEOUT_MS },
    );
    response
      .status(job.status === 'running' ? 202 : 200)
      .location(`/api/v1/unit-imports/${job.id}`);
    return job;
  }

  @Get(':id')
  @RequirePermissions('units:read')
  get(@Param('id') id: string, @Call() call: CallContext): Promise<UnitImportJobDto> {
    const body = { id: parseBody(importIdParam, id) };
    return this.upstream.call(this.upstream.organisation, UNIT_IMPORT_RPC.get, body, call);
  }
}
