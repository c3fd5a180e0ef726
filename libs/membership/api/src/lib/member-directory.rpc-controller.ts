import { Controller, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import { searchMembers, type RpcRequest } from '@vwu/internal-api';
import { SearchMembersQuery, type MemberHitsDto } from '@vwu/membership-application';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

/** The member directory from the gateway: search by name under a unit, within scope. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MemberDirectoryRpcController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(searchMembers)
  async search(@Payload() request: RpcRequest<unknown>): Promise<MemberHitsDto> {
    const { actor, body } = await this.actors.receive(searchMembers, request);
    const { unitId, ...rest } = body;
    const search = { ...rest, unitId: unitId ?? actor.scopeUnitId };
    return this.queryBus.execute(new SearchMembersQuery(search, actor));
  }
}
