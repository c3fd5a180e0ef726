import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  dissolveClub,
  foundClub,
  getClub,
  joinClub,
  leaveClub,
  listClubs,
  renameClub,
  type ClubList,
  type ClubView,
  type RpcRequest,
} from '@vwu/internal-api';
import {
  DissolveClubCommand,
  FoundClubCommand,
  GetClubQuery,
  JoinClubCommand,
  LeaveClubCommand,
  ListClubsQuery,
  RenameClubCommand,
  type MemberCommandResult,
} from '@vwu/membership-application';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';
import { randomUUID } from 'node:crypto';

/** Club commands and reads, bound to their declarations; inputs are checked again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class ClubsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(foundClub)
  async found(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, body } = await this.actors.receive(foundClub, request);
    const input = { ...body, foundedOn: body.foundedOn ?? todayInVietnam() };
    return this.commandBus.execute(new FoundClubCommand(input, actor, randomUUID()));
  }

  @Answers(renameClub)
  async rename(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(renameClub, request);
    return this.commandBus.execute(new RenameClubCommand(params.id, body.name, actor));
  }

  @Answers(joinClub)
  async join(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(joinClub, request);
    const input = { ...body, joinedOn: body.joinedOn ?? todayInVietnam() };
    return this.commandBus.execute(new JoinClubCommand(params.id, input, actor));
  }

  @Answers(leaveClub)
  async leave(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, query } = await this.actors.receive(leaveClub, request);
    const input = { memberId: params.memberId, leftOn: query.leftOn ?? todayInVietnam() };
    return this.commandBus.execute(new LeaveClubCommand(params.id, input, actor));
  }

  @Answers(dissolveClub)
  async dissolve(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(dissolveClub, request);
    const on = body.dissolvedOn ?? todayInVietnam();
    return this.commandBus.execute(new DissolveClubCommand(params.id, on, actor));
  }

  @Answers(getClub)
  async get(@Payload() request: RpcRequest<unknown>): Promise<ClubView> {
    const { actor, params } = await this.actors.receive(getClub, request);
    return this.queryBus.execute(new GetClubQuery(params.id, actor));
  }

  @Answers(listClubs)
  async list(@Payload() request: RpcRequest<unknown>): Promise<ClubList> {
    const { actor, query } = await this.actors.receive(listClubs, request);
    return this.queryBus.execute(new ListClubsQuery(query.unitId, query.status, actor));
  }
}
