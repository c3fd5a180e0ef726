import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  joinMemberOrganisationBody,
  leaveMemberOrganisationBody,
  ORGANISATION_RPC,
  unitIdParam,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import type { Response } from 'express';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/** /api/v1/member-organisations: associations that are members of the city union. */
@Controller('api/v1/member-organisations')
@RequirePermissions('units:write')
export class MemberOrganisationsController {
  constructor(private readonly upstream: Upstream) {}

  @Post()
  async join(
    @Body() body: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UnitCommandResultDto> {
    const input = parseBody(joinMemberOrganisationBody, body);
    const result = await this.upstream.call<UnitCommandResultDto>(
      this.upstream.organisation,
      ORGANISATION_RPC.joinMemberOrganisation,
      input,
      call,
    );
    response.status(201).location(`/api/v1/member-organisations/${result.id}`);
    return result;
  }

  @Post(':id/leave')
  @HttpCode(200)
  leave(
    @Param('id') id: string,
    @Body() body: unknown,
    @Call() call: CallContext,
  ): Promise<UnitCommandResultDto> {
    const unitId = parseBody(unitIdParam, id);
    const request = { unitId, body: parseBody(leaveMemberOrganisationBody, body) };
    const pattern = ORGANISATION_RPC.leaveMemberOrganisation;
    return this.upstream.call(this.upstream.organisation, pattern, request, call);
  }
}
