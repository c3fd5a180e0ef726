import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { MEMBER_DIRECTORY_RPC, searchMembersBody } from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/**
 * POST /api/v1/members/search: the member directory (tra cứu hội viên). A name is personal
 * data: it travels in the body, never in a URL that access logs keep, and only roles that may
 * see personal data search by it (a masked reader could otherwise rebuild names prefix by
 * prefix). membership-service checks the unit against the caller's scope.
 */
@Controller('api/v1/members')
export class MemberDirectoryController {
  constructor(private readonly upstream: Upstream) {}

  @Post('search')
  @HttpCode(200)
  @RequirePermissions('members:read', 'members:personal-data')
  search(@Body() body: unknown, @Call() call: CallContext) {
    const request = { body: parseBody(searchMembersBody, body) };
    return this.upstream.call(this.upstream.membership, MEMBER_DIRECTORY_RPC.search, request, call);
  }
}
