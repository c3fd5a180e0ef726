import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  memberOrganisationsQuery,
  PROJECTIONS_RPC,
  readQuery,
  unitIdParam,
  type MemberOrganisationPageDto,
  type MemberOrganisationViewDto,
  type UnitViewDto,
} from '@vwu/internal-api';
import {
  assertInScope,
  CurrentPrincipal,
  PermissionDeniedError,
  RequirePermissions,
  type Principal,
} from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import { Call } from './call-context';
import { ReadYourWrites } from './read-your-writes';
import { Upstream, type CallContext } from './upstream';

/**
 * Reads of /api/v1/member-organisations. Member organisations belong to the province or city
 * union (the root): as for joining and leaving, only a user scoped to that union sees them.
 */
@Controller('api/v1/member-organisations')
@RequirePermissions('units:read')
export class MemberOrganisationReadsController {
  constructor(
    private readonly upstream: Upstream,
    private readonly reads: ReadYourWrites,
  ) {}

  @Get()
  async list(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Call() call: CallContext,
  ): Promise<MemberOrganisationPageDto> {
    const page = parseBody(memberOrganisationsQuery, query);
    const unionId = await this.unionOf(principal, call);
    const pattern = PROJECTIONS_RPC.listMemberOrganisations;
    return this.upstream.call(this.upstream.projections, pattern, { unionId, ...page }, call);
  }

  @Get(':id')
  async get(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Call() call: CallContext,
  ): Promise<MemberOrganisationViewDto> {
    const organisationId = parseBody(unitIdParam, id);
    const { minVersion, waitMs } = parseBody(readQuery, query);
    const versionOf = PROJECTIONS_RPC.memberOrganisationVersion;
    if (minVersion !== undefined)
      await this.reads.waitForStream(
        { versionOf, id: organisationId, version: minVersion },
        waitMs,
        call,
      );
    const organisation = await this.upstream.call<MemberOrganisationViewDto>(
      this.upstream.projections,
      PROJECTIONS_RPC.getMemberOrganisation,
      { id: organisationId },
      call,
    );
    assertInScope(principal, [organisation.unionId]);
    return organisation;
  }

  /** The union the user is scoped to; a user scoped below a province or city union has none. */
  private async unionOf(principal: Principal, call: CallContext): Promise<string> {
    const unit = await this.upstream.call<UnitViewDto>(
      this.upstream.projections,
      PROJECTIONS_RPC.getUnit,
      { id: principal.scopeUnitId },
      call,
    );
    if (unit.parentId !== null)
      throw new PermissionDeniedError(
        'auth.out-of-scope',
        'Chỉ cán bộ cấp tỉnh/thành Hội xem được tổ chức thành viên — member organisations belong to the province or city union, outside your scope',
      );
    return unit.id;
  }
}
