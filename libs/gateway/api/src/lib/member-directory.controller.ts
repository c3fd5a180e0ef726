import { Controller, Get, Query } from '@nestjs/common';
import { MEMBER_DIRECTORY_RPC, searchMembersQuery } from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/**
 * GET /api/v1/members?name=: the member directory (tra cứu hội viên). The query is checked
 * here; membership-service keeps to the caller's scope and masks names for roles without
 * `members:personal-data`.
 */
@Controller('api/v1/members')
export class MemberDirectoryController {
  constructor(private readonly upstream: Upstream) {}

  @Get()
  @RequirePermissions('members:read')
  search(@Query() query: Record<string, unknown>, @Call() call: CallContext) {
    const request = { query: parseBody(searchMembersQuery, query) };
    return this.upstream.call(this.upstream.membership, MEMBER_DIRECTORY_RPC.search, request, call);
  }
}
