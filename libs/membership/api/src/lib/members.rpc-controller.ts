import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  admitMemberBody,
  endMembershipBody,
  eraseMemberBody,
  MEMBERSHIP_RPC,
  memberIdParam,
  recordFeeBody,
  transferMemberBody,
  type RpcRequest,
} from '@vwu/internal-api';
import {
  AdmitMemberCommand,
  ChangeMemberCommand,
  EndMembershipCommand,
  EraseMemberCommand,
  GetMemberQuery,
  TransferMemberCommand,
  type MemberCommandResult,
  type MemberDto,
} from '@vwu/membership-application';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';
import { randomUUID } from 'node:crypto';

type MemberRequest = RpcRequest<{ memberId?: unknown; body?: unknown }>;

/** Member commands and reads from the gateway; bodies are validated again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MembersRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(MEMBERSHIP_RPC.admit)
  async admit(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(admitMemberBody, request.body.body);
    const input = { ...body, admittedOn: body.admittedOn ?? todayInVietnam() };
    return this.commandBus.execute(new AdmitMemberCommand(input, actor, randomUUID()));
  }

  @MessagePattern(MEMBERSHIP_RPC.end)
  async end(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(endMembershipBody, request.body.body);
    const input = { ...body, on: body.on ?? todayInVietnam() };
    return this.commandBus.execute(new EndMembershipCommand(this.id(request), input, actor));
  }

  @MessagePattern(MEMBERSHIP_RPC.erase)
  async erase(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const { erasedOn } = parseBody(eraseMemberBody, request.body.body);
    const command = new EraseMemberCommand(this.id(request), erasedOn ?? todayInVietnam(), actor);
    return this.commandBus.execute(command);
  }

  @MessagePattern(MEMBERSHIP_RPC.transfer)
  async transfer(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(transferMemberBody, request.body.body);
    const input = { ...body, transferredOn: body.transferredOn ?? todayInVietnam() };
    return this.commandBus.execute(new TransferMemberCommand(this.id(request), input, actor));
  }

  @MessagePattern(MEMBERSHIP_RPC.change)
  async fee(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(recordFeeBody, request.body.body);
    const today = todayInVietnam();
    const outcome =
      'waived' in body
        ? { paid: false as const, reason: body.reason }
        : { paid: true as const, amount: body.amount, paidOn: body.paidOn ?? today };
    const change = { type: 'RecordFee', year: body.year, outcome, today } as const;
    return this.commandBus.execute(new ChangeMemberCommand(this.id(request), change, actor));
  }

  @MessagePattern(MEMBERSHIP_RPC.get)
  async get(@Payload() request: MemberRequest): Promise<MemberDto> {
    const actor = await this.actors.resolve(request);
    return this.queryBus.execute(new GetMemberQuery(this.id(request), actor));
  }

  private id(request: MemberRequest): string {
    return parseBody(memberIdParam, request.body.memberId);
  }
}
