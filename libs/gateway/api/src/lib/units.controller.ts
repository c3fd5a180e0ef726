import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  childrenQuery,
  historyQuery,
  summaryQuery,
  type HistoryPageDto,
  type SubtreeSummaryDto,
  type SummaryRequest,
  establishUnitBody,
  ORGANISATION_RPC,
  PROJECTIONS_RPC,
  readQuery,
  renameUnitBody,
  unitIdParam,
  type UnitCommandResultDto,
  type UnitPageDto,
  type UnitViewDto,
} from '@vwu/internal-api';
import {
  assertInScope,
  CurrentPrincipal,
  RequirePermissions,
  type Principal,
} from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import type { Response } from 'express';
import { Call } from './call-context';
import { ReadYourWrites } from './read-your-writes';
import { Upstream, type CallContext } from './upstream';

/** /api/v1/units: the union's unit tree. Writes go to organisation-service, reads to projections. */
@Controller('api/v1/units')
export class UnitsController {
  constructor(
    private readonly upstream: Upstream,
    private readonly reads: ReadYourWrites,
  ) {}

  @Post()
  @RequirePermissions('units:write')
  async establish(
    @Body() body: unknown,
    @Call() call: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UnitCommandResultDto> {
    const input = parseBody(establishUnitBody, body);
    const result = await this.upstream.call<UnitCommandResultDto>(
      this.upstream.organisation,
      ORGANISATION_RPC.establishUnit,
      input,
      call,
    );
    response.status(201).location(`/api/v1/units/${result.id}`);
    return result;
  }

  @Patch(':id')
  @HttpCode(200)
  @RequirePermissions('units:write')
  async rename(
    @Param('id') id: string,
    @Body() body: unknown,
    @Call() call: CallContext,
  ): Promise<UnitCommandResultDto> {
    const unitId = parseBody(unitIdParam, id);
    const patch = parseBody(renameUnitBody, body);
    return this.upstream.call(
      this.upstream.organisation,
      ORGANISATION_RPC.renameUnit,
      { unitId, patch },
      call,
    );
  }

  @Get(':id')
  @RequirePermissions('units:read')
  async get(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Call() call: CallContext,
  ): Promise<UnitViewDto> {
    const unitId = parseBody(unitIdParam, id);
    const { minVersion, waitMs } = parseBody(readQuery, query);
    if (minVersion !== undefined) await this.reads.waitFor(unitId, minVersion, waitMs, call);
    return this.unitInScope(unitId, principal, call);
  }

  @Get(':id/children')
  @RequirePermissions('units:read')
  async children(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Call() call: CallContext,
  ): Promise<UnitPageDto> {
    const parentId = parseBody(unitIdParam, id);
    const { limit, after, asOf } = parseBody(childrenQuery, query);
    await this.unitInScope(parentId, principal, call);
    return this.upstream.call(
      this.upstream.projections,
      PROJECTIONS_RPC.unitChildren,
      { parentId, limit, after, asOf },
      call,
    );
  }

  @Get(':id/history')
  @RequirePermissions('units:read')
  async history(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Call() call: CallContext,
  ): Promise<HistoryPageDto> {
    const unitId = parseBody(unitIdParam, id);
    const page = parseBody(historyQuery, query);
    await this.unitInScope(unitId, principal, call);
    const pattern = PROJECTIONS_RPC.unitHistory;
    return this.upstream.call(this.upstream.projections, pattern, { id: unitId, ...page }, call);
  }

  @Get(':id/summary')
  @RequirePermissions('units:read')
  async summary(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Call() call: CallContext,
  ): Promise<SubtreeSummaryDto> {
    const unitId = parseBody(unitIdParam, id);
    const parsed = parseBody(summaryQuery, query);
    const asOf = parsed.asOf ?? todayInVietnam();
    const request: SummaryRequest = {
      id: unitId,
      year: parsed.year ?? Number(asOf.slice(0, 4)),
      asOf,
      children: parsed.children === 'true',
    };
    await this.unitInScope(unitId, principal, call);
    return this.upstream.call(
      this.upstream.projections,
      PROJECTIONS_RPC.unitSummary,
      request,
      call,
    );
  }

  /** A unit the user may see: its own place in the tree must be within the user's scope. */
  private async unitInScope(
    unitId: string,
    principal: Principal,
    call: CallContext,
  ): Promise<UnitViewDto> {
    const unit = await this.upstream.call<UnitViewDto>(
      this.upstream.projections,
      PROJECTIONS_RPC.getUnit,
      { id: unitId },
      call,
    );
    assertInScope(principal, [...unit.ancestorIds, unit.id]);
    return unit;
  }
}
