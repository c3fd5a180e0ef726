import { Controller, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MEMBER_DIRECTORY_RPC, searchMembersBody, type RpcRequest } from '@vwu/internal-api';
import { SearchMembersQuery, type MemberHitsDto } from '@vwu/membership-application';
import { parseBody } from '@vwu/platform-http';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';

/** The member directory from the gateway: search by name under a unit, within scope. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MemberDirectoryRpcController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(MEMBER_DIRECTORY_RPC.search)
  async search(@Payload() request: RpcRequest<{ body?: unknown }>): Promise<MemberHitsDto> {
    const actor = await this.actors.resolve(request);
    const { unitId, ...rest } = parseBody(searchMembersBody, request.body.body);
    const search = { ...rest, unitId: unitId ?? actor.scopeUnitId };
    return this.queryBus.execute(new SearchMembersQuery(search, actor));
  }
}
