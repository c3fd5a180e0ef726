import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  getMemberOrganisation,
  listMemberOrganisations,
  PROJECTIONS_RPC,
  type MemberOrganisationPageDto,
  type MemberOrganisationViewDto,
  type RpcRequest,
} from '@vwu/internal-api';
import { Answers, inputOf, RpcProblemFilter } from '@vwu/platform-nest';
import {
  decodeMemberOrganisationCursor,
  MemberOrganisationQueries,
  type MemberOrganisationDto,
} from '@vwu/projections-organisation';
import { InvalidCursorError, MemberOrganisationNotFoundError } from './errors';

function toView(dto: MemberOrganisationDto): MemberOrganisationViewDto {
  return { ...dto, memberships: dto.memberships.map((m) => ({ ...m })) };
}

/** Reads of the member organisations read model for the gateway, which has checked the scope. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MemberOrganisationsRpcController {
  constructor(private readonly queries: MemberOrganisationQueries) {}

  @Answers(getMemberOrganisation)
  async get(@Payload() request: RpcRequest<unknown>): Promise<MemberOrganisationViewDto> {
    const { id } = inputOf(getMemberOrganisation, request).params;
    const organisation = await this.queries.get(id);
    if (!organisation)
      throw new MemberOrganisationNotFoundError(`member organisation ${id} is not known (yet)`);
    return toView(organisation);
  }

  @MessagePattern(PROJECTIONS_RPC.memberOrganisationVersion)
  version(@Payload() request: RpcRequest<{ id: string }>): Promise<number> {
    return this.queries.versionOf(request.body.id);
  }

  @Answers(listMemberOrganisations)
  async list(@Payload() request: RpcRequest<unknown>): Promise<MemberOrganisationPageDto> {
    const { query, unionId } = inputOf(listMemberOrganisations, request);
    const { limit, after, asOf, status } = query;
    const cursor = after === undefined ? undefined : decodeMemberOrganisationCursor(after);
    if (after !== undefined && !cursor)
      throw new InvalidCursorError('the cursor is not one this API gave');
    const page = await this.queries.list(unionId, {
      limit,
      ...(cursor ? { after: cursor } : {}),
      ...(asOf ? { asOf } : {}),
      ...(status ? { status } : {}),
    });
    return {
      items: page.items.map(toView),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }
}
