import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  admitMemberBody,
  endMembershipBody,
  eraseMemberBody,
  MEMBERSHIP_RPC,
  memberIdParam,
  memberContactBody,
  partyStepBody,
  readmitMemberBody,
  recordFeeBody,
  specialGroupBody,
  transferMemberBody,
  type RpcRequest,
} from '@vwu/internal-api';
import {
  AdmitMemberCommand,
  ChangeMemberCommand,
  EndMembershipCommand,
  EraseMemberCommand,
  GetMemberQuery,
  ReadmitMemberCommand,
  TransferMemberCommand,
  UpdateMemberContactCommand,
  type MemberChange,
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

  @MessagePattern(MEMBERSHIP_RPC.fee)
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

  @MessagePattern(MEMBERSHIP_RPC.tag)
  async tag(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const { group } = parseBody(specialGroupBody, request.body.body);
    return this.change(request, { type: 'TagSpecialGroup', group });
  }

  @MessagePattern(MEMBERSHIP_RPC.untag)
  async untag(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const { group } = parseBody(specialGroupBody, request.body.body);
    return this.change(request, { type: 'UntagSpecialGroup', group });
  }

  @MessagePattern(MEMBERSHIP_RPC.party)
  async party(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const { step, on } = parseBody(partyStepBody, request.body.body);
    return this.change(request, { type: 'RecordPartyStep', step, on: on ?? todayInVietnam() });
  }

  @MessagePattern(MEMBERSHIP_RPC.readmit)
  async readmit(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(readmitMemberBody, request.body.body);
    const input = { ...body, readmittedOn: body.readmittedOn ?? todayInVietnam() };
    return this.commandBus.execute(new ReadmitMemberCommand(this.id(request), input, actor));
  }

  @MessagePattern(MEMBERSHIP_RPC.contact)
  async contact(@Payload() request: MemberRequest): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    const contact = parseBody(memberContactBody, request.body.body);
    return this.commandBus.execute(
      new UpdateMemberContactCommand(this.id(request), contact, actor),
    );
  }

  @MessagePattern(MEMBERSHIP_RPC.get)
  async get(@Payload() request: MemberRequest): Promise<MemberDto> {
    const actor = await this.actors.resolve(request);
    return this.queryBus.execute(new GetMemberQuery(this.id(request), actor));
  }

  private async change(request: MemberRequest, change: MemberChange): Promise<MemberCommandResult> {
    const actor = await this.actors.resolve(request);
    return this.commandBus.execute(new ChangeMemberCommand(this.id(request), change, actor));
  }

  private id(request: MemberRequest): string {
    return parseBody(memberIdParam, request.body.memberId);
  }
}
