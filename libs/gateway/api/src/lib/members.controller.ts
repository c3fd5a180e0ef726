import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  admitMemberBody,
  endMembershipBody,
  eraseMemberBody,
  MEMBERSHIP_RPC,
  memberIdParam,
  memberContactBody,
  partyStepBody,
  readmitMemberBody,
  recordFeeBody,
  specialGroupBody,
  transferMemberBody,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import type { z } from 'zod';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/**
 * /api/v1/members: hội viên. Bodies are checked here (422 with every field) and again by
 * membership-service, which decides scope on the member's branch and seals personal data.
 */
@Controller('api/v1/members')
export class MembersController {
  constructor(private readonly upstream: Upstream) {}

  @Post()
  @RequirePermissions('members:write', 'members:personal-data')
  admit(@Body() body: unknown, @Call() call: CallContext): Promise<UnitCommandResultDto> {
    const request = { body: parseBody(admitMemberBody, body) };
    return this.upstream.call(this.upstream.membership, MEMBERSHIP_RPC.admit, request, call);
  }

  @Get(':id')
  @RequirePermissions('members:read')
  get(@Param('id') id: string, @Call() call: CallContext): Promise<Record<string, unknown>> {
    const request = { memberId: parseBody(memberIdParam, id) };
    return this.upstream.call(this.upstream.membership, MEMBERSHIP_RPC.get, request, call);
  }

  @Post(':id/leave')
  @HttpCode(200)
  @RequirePermissions('members:write')
  leave(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.end, { id, schema: endMembershipBody, body }, call);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @RequirePermissions('members:write')
  transfer(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.transfer, { id, schema: transferMemberBody, body }, call);
  }

  @Post(':id/fees')
  @HttpCode(200)
  @RequirePermissions('members:write')
  fee(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.fee, { id, schema: recordFeeBody, body }, call);
  }

  @Post(':id/special-groups')
  @HttpCode(200)
  @RequirePermissions('members:write')
  tag(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.tag, { id, schema: specialGroupBody, body }, call);
  }

  @Delete(':id/special-groups/:group')
  @HttpCode(200)
  @RequirePermissions('members:write')
  untag(@Param('id') id: string, @Param('group') group: string, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.untag, { id, schema: specialGroupBody, body: { group } }, call);
  }

  @Post(':id/party')
  @HttpCode(200)
  @RequirePermissions('members:write')
  party(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.party, { id, schema: partyStepBody, body }, call);
  }

  @Post(':id/readmit')
  @HttpCode(200)
  @RequirePermissions('members:write')
  readmit(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.readmit, { id, schema: readmitMemberBody, body }, call);
  }

  @Patch(':id/contact')
  @RequirePermissions('members:write', 'members:personal-data')
  contact(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.contact, { id, schema: memberContactBody, body }, call);
  }

  @Post(':id/erase')
  @HttpCode(200)
  @RequirePermissions('members:write', 'members:personal-data')
  erase(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(MEMBERSHIP_RPC.erase, { id, schema: eraseMemberBody, body: body ?? {} }, call);
  }

  private send(
    pattern: string,
    input: { readonly id: string; readonly schema: z.ZodType; readonly body: unknown },
    call: CallContext,
  ): Promise<UnitCommandResultDto> {
    const request = {
      memberId: parseBody(memberIdParam, input.id),
      body: parseBody(input.schema, input.body),
    };
    return this.upstream.call(this.upstream.membership, pattern, request, call);
  }
}
