import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  clubIdParam,
  CLUBS_RPC,
  dissolveClubBody,
  foundClubBody,
  joinClubBody,
  leaveClubBody,
  listClubsQuery,
  memberIdParam,
  renameClubBody,
  type ClubCommandResultDto,
  type ClubList,
  type ClubView,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import type { Response } from 'express';
import type { z } from 'zod';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/**
 * /api/v1/clubs: câu lạc bộ, mô hình. Checked here (422 with every field) and again by
 * membership-service, which decides scope on the club's unit (and on her branch for a join).
 * Clubs carry member ids only: reading one needs no personal-data permission.
 */
@Controller('api/v1/clubs')
export class ClubsController {
  constructor(private readonly upstream: Upstream) {}

  @Post()
  @RequirePermissions('members:write')
  async found(
    @Body() body: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClubCommandResultDto> {
    const request = { body: parseBody(foundClubBody, body) };
    const result = await this.upstream.call<ClubCommandResultDto>(
      this.upstream.membership,
      CLUBS_RPC.found,
      request,
      call,
    );
    response.status(201).location(`/api/v1/clubs/${result.id}`);
    return result;
  }

  @Get()
  @RequirePermissions('members:read')
  list(@Query() query: unknown, @Call() call: CallContext): Promise<ClubList> {
    const request = { body: parseBody(listClubsQuery, query) };
    return this.upstream.call(this.upstream.membership, CLUBS_RPC.list, request, call);
  }

  @Get(':id')
  @RequirePermissions('members:read')
  get(@Param('id') id: string, @Call() call: CallContext): Promise<ClubView> {
    const request = { clubId: parseBody(clubIdParam, id) };
    return this.upstream.call(this.upstream.membership, CLUBS_RPC.get, request, call);
  }

  @Patch(':id')
  @RequirePermissions('members:write')
  rename(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(CLUBS_RPC.rename, { id, schema: renameClubBody, body }, call);
  }

  @Post(':id/members')
  @HttpCode(200)
  @RequirePermissions('members:write')
  join(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(CLUBS_RPC.join, { id, schema: joinClubBody, body }, call);
  }

  @Delete(':id/members/:memberId')
  @HttpCode(200)
  @RequirePermissions('members:write')
  leave(
    @Param('id') id: string,
    @Param('memberId') memberId: string,
    @Query('leftOn') leftOn: string | undefined,
    @Call() call: CallContext,
  ) {
    const body = leftOn === undefined ? {} : { leftOn };
    const member = { memberId: parseBody(memberIdParam, memberId) };
    return this.send(CLUBS_RPC.leave, { id, schema: leaveClubBody, body, ...member }, call);
  }

  @Post(':id/dissolve')
  @HttpCode(200)
  @RequirePermissions('members:write')
  dissolve(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send(CLUBS_RPC.dissolve, { id, schema: dissolveClubBody, body: body ?? {} }, call);
  }

  private send(
    pattern: string,
    input: {
      readonly id: string;
      readonly schema: z.ZodType;
      readonly body: unknown;
      readonly memberId?: string;
    },
    call: CallContext,
  ): Promise<ClubCommandResultDto> {
    const request = {
      clubId: parseBody(clubIdParam, input.id),
      ...(input.memberId ? { memberId: input.memberId } : {}),
      body: parseBody(input.schema, input.body),
    };
    return this.upstream.call(this.upstream.membership, pattern, request, call);
  }
}
