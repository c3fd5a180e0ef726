import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
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
import { parseBody } from '@vwu/platform-http';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';
import { randomUUID } from 'node:crypto';

type ClubRequest = RpcRequest<{ clubId?: unknown; memberId?: unknown; body?: unknown }>;

/** Club commands and reads from the gateway; bodies are validated again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class ClubsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(CLUBS_RPC.found)
  async found(@Payload() request: ClubRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(foundClubBody, request.body.body);
    const input = { ...body, foundedOn: body.foundedOn ?? todayInVietnam() };
    return this.commandBus.execute(new FoundClubCommand(input, actor, randomUUID()));
  }

  @MessagePattern(CLUBS_RPC.rename)
  async rename(@Payload() request: ClubRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const { name } = parseBody(renameClubBody, request.body.body);
    return this.commandBus.execute(new RenameClubCommand(this.id(request), name, actor));
  }

  @MessagePattern(CLUBS_RPC.join)
  async join(@Payload() request: ClubRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(joinClubBody, request.body.body);
    const input = { ...body, joinedOn: body.joinedOn ?? todayInVietnam() };
    return this.commandBus.execute(new JoinClubCommand(this.id(request), input, actor));
  }

  @MessagePattern(CLUBS_RPC.leave)
  async leave(@Payload() request: ClubRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const { leftOn } = parseBody(leaveClubBody, request.body.body);
    const memberId = parseBody(memberIdParam, request.body.memberId);
    const input = { memberId, leftOn: leftOn ?? todayInVietnam() };
    return this.commandBus.execute(new LeaveClubCommand(this.id(request), input, actor));
  }

  @MessagePattern(CLUBS_RPC.dissolve)
  async dissolve(@Payload() request: ClubRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const { dissolvedOn } = parseBody(dissolveClubBody, request.body.body);
    const on = dissolvedOn ?? todayInVietnam();
    return this.commandBus.execute(new DissolveClubCommand(this.id(request), on, actor));
  }

  @MessagePattern(CLUBS_RPC.get)
  async get(@Payload() request: ClubRequest): Promise<ClubView> {
    const actor = await this.actors.resolve(request);
    return this.queryBus.execute(new GetClubQuery(this.id(request), actor));
  }

  @MessagePattern(CLUBS_RPC.list)
  async list(@Payload() request: ClubRequest): Promise<ClubList> {
    const actor = await this.actors.resolve(request);
    const { unitId, status } = parseBody(listClubsQuery, request.body.body);
    return this.queryBus.execute(new ListClubsQuery(unitId, status, actor));
  }

  private id(request: ClubRequest): string {
    return parseBody(clubIdParam, request.body.clubId);
  }
}
