import {
  Controller,
  Get,
  Header,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  exportBranchRequest,
  MEMBER_IMPORT_RPC,
  memberImportIdParam,
  memberImportQuery,
  type MemberImportJobDto,
  type MemberListFileDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { AcceptsBody, parseBody } from '@vwu/platform-http';
import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import type { Request, Response } from 'express';
import { Call } from './call-context';
import { readUpload, SHEET_MEDIA_TYPES } from './upload';
import { Upstream, type CallContext } from './upstream';

/** 40 MB: 100,000 members are about 15 MB as CSV. */
const MAX_UPLOAD_BYTES = 40 * 1_048_576;
/** Validating 100,000 rows reads the reservations of every number: longer than a command. */
const VALIDATION_TIMEOUT_MS = 180_000;

/** /api/v1/member-imports: kết nạp hội viên hàng loạt, from a CSV or XLSX list, as a job. */
@Controller('api/v1/member-imports')
export class MemberImportsController {
  constructor(private readonly upstream: Upstream) {}

  @Post()
  @RequirePermissions('members:write', 'members:personal-data')
  @AcceptsBody({ mediaTypes: SHEET_MEDIA_TYPES })
  async start(
    @Req() request: Request,
    @Query() query: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberImportJobDto> {
    const options = parseBody(memberImportQuery, query);
    const { format, content } = await readUpload(request, MAX_UPLOAD_BYTES);
    const body = {
      ...options,
      format,
      fileName: options.fileName ?? `upload.${format}`,
      content: content.toString('base64'),
    };
    const job = await this.upstream.call<MemberImportJobDto>(
      this.upstream.membership,
      MEMBER_IMPORT_RPC.start,
      body,
      { ...call, timeoutMs: VALIDATION_TIMEOUT_MS },
    );
    response
      .status(job.status === 'running' ? 202 : 200)
      .location(`/api/v1/member-imports/${job.id}`);
    return job;
  }

  @Get(':id')
  @RequirePermissions('members:read')
  get(@Param('id') id: string, @Call() call: CallContext): Promise<MemberImportJobDto> {
    const body = { id: parseBody(memberImportIdParam, id) };
    return this.upstream.call(this.upstream.membership, MEMBER_IMPORT_RPC.get, body, call);
  }
}

/** GET /api/v1/units/{id}/members.xlsx: a branch's members with their personal data. */
@Controller('api/v1/units')
export class MemberListController {
  constructor(private readonly upstream: Upstream) {}

  @Get(':id/members.xlsx')
  // Personal data: no copy in a browser's or a proxy's cache.
  @Header('cache-control', 'no-store')
  @RequirePermissions('members:read', 'members:personal-data')
  async list(@Param('id') id: string, @Call() call: CallContext): Promise<StreamableFile> {
    const body = parseBody(exportBranchRequest, { branchId: id });
    const file = await this.upstream.call<MemberListFileDto>(
      this.upstream.membership,
      MEMBER_IMPORT_RPC.exportBranch,
      body,
      { ...call, timeoutMs: 60_000 },
    );
    return new StreamableFile(Buffer.from(file.content, 'base64'), {
      type: TABLE_MEDIA_TYPES.xlsx,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
