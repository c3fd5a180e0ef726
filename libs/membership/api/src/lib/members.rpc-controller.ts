import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  admitMember,
  endMembership,
  eraseMember,
  getMember,
  readmitMember,
  recordFee,
  recordPartyStep,
  tagSpecialGroup,
  transferMember,
  untagSpecialGroup,
  updateMemberContact,
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
import type { Actor } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';
import { randomUUID } from 'node:crypto';

/** Member commands and reads, bound to their declarations; inputs are checked again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MembersRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(admitMember)
  async admit(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, body } = await this.actors.receive(admitMember, request);
    const input = { ...body, admittedOn: body.admittedOn ?? todayInVietnam() };
    return this.commandBus.execute(new AdmitMemberCommand(input, actor, randomUUID()));
  }

  @Answers(endMembership)
  async end(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(endMembership, request);
    const input = { ...body, on: body.on ?? todayInVietnam() };
    return this.commandBus.execute(new EndMembershipCommand(params.id, input, actor));
  }

  @Answers(eraseMember)
  async erase(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(eraseMember, request);
    const erasedOn = body.erasedOn ?? todayInVietnam();
    return this.commandBus.execute(new EraseMemberCommand(params.id, erasedOn, actor));
  }

  @Answers(transferMember)
  async transfer(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(transferMember, request);
    const input = { ...body, transferredOn: body.transferredOn ?? todayInVietnam() };
    return this.commandBus.execute(new TransferMemberCommand(params.id, input, actor));
  }

  @Answers(recordFee)
  async fee(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(recordFee, request);
    const today = todayInVietnam();
    const outcome =
      'waived' in body
        ? { paid: false as const, reason: body.reason }
        : { paid: true as const, amount: body.amount, paidOn: body.paidOn ?? today };
    const change = { type: 'RecordFee', year: body.year, outcome, today } as const;
    return this.change(params.id, change, actor);
  }

  @Answers(tagSpecialGroup)
  async tag(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(tagSpecialGroup, request);
    return this.change(params.id, { type: 'TagSpecialGroup', group: body.group }, actor);
  }

  @Answers(untagSpecialGroup)
  async untag(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params } = await this.actors.receive(untagSpecialGroup, request);
    return this.change(params.id, { type: 'UntagSpecialGroup', group: params.group }, actor);
  }

  @Answers(recordPartyStep)
  async party(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(recordPartyStep, request);
    const on = body.on ?? todayInVietnam();
    return this.change(params.id, { type: 'RecordPartyStep', step: body.step, on }, actor);
  }

  @Answers(readmitMember)
  async readmit(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(readmitMember, request);
    const input = { ...body, readmittedOn: body.readmittedOn ?? todayInVietnam() };
    return this.commandBus.execute(new ReadmitMemberCommand(params.id, input, actor));
  }

  @Answers(updateMemberContact)
  async contact(@Payload() request: RpcRequest<unknown>): Promise<MemberCommandResult> {
    const { actor, params, body } = await this.actors.receive(updateMemberContact, request);
    return this.commandBus.execute(new UpdateMemberContactCommand(params.id, body, actor));
  }

  @Answers(getMember)
  async get(@Payload() request: RpcRequest<unknown>): Promise<MemberDto> {
    const { actor, params } = await this.actors.receive(getMember, request);
    return this.queryBus.execute(new GetMemberQuery(params.id, actor));
  }

  private change(
    memberId: string,
    change: MemberChange,
    actor: Actor,
  ): Promise<MemberCommandResult> {
    return this.commandBus.execute(new ChangeMemberCommand(memberId, change, actor));
  }
}
