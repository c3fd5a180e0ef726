import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { exportBranchRequest, MEMBER_IMPORT_RPC, type MemberListFileDto } from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

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
