import { Controller, Inject, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  correctRating,
  joinMemberOrganisation,
  leaveMemberOrganisation,
  rateUnit,
  recordInspection,
  recordWomenPopulation,
  type RpcRequest,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import {
  JoinMemberOrganisationCommand,
  LeaveMemberOrganisationCommand,
  RecordUnitFactCommand,
  type UnitFactInput,
} from '@vwu/organisation-application';
import type { Actor } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';
import { randomUUID } from 'node:crypto';
import { ROOT_UNIT, type RootUnit } from './root-bootstrap';

/** Facts about units (population, ratings, inspections) and member organisations. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitFactsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
    @Inject(ROOT_UNIT) private readonly root: RootUnit,
  ) {}

  @Answers(recordWomenPopulation)
  async population(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(recordWomenPopulation, request);
    const fact = { women: body.women, asOf: body.asOf ?? todayInVietnam() };
    return this.record(params.id, { type: 'RecordWomenPopulation', ...fact }, actor);
  }

  @Answers(rateUnit)
  async rate(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(rateUnit, request);
    return this.record(params.id, { type: 'RateUnit', ...body }, actor);
  }

  @Answers(correctRating)
  async correct(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(correctRating, request);
    return this.record(params.id, { type: 'CorrectRating', year: params.year, ...body }, actor);
  }

  @Answers(recordInspection)
  async inspect(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(recordInspection, request);
    const fact = {
      ...body,
      inspectionId: body.inspectionId ?? randomUUID(),
      inspectedOn: body.inspectedOn ?? todayInVietnam(),
    };
    return this.record(params.id, { type: 'RecordInspection', ...fact }, actor);
  }

  @Answers(joinMemberOrganisation)
  async join(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, body } = await this.actors.receive(joinMemberOrganisation, request);
    const { id, name, joinedOn } = body;
    const input = { unionId: this.root.id, name, joinedOn: joinedOn ?? todayInVietnam() };
    return this.commandBus.execute(new JoinMemberOrganisationCommand(input, actor, id));
  }

  @Answers(leaveMemberOrganisation)
  async leave(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(leaveMemberOrganisation, request);
    const input = {
      unionId: this.root.id,
      reason: body.reason,
      leftOn: body.leftOn ?? todayInVietnam(),
    };
    return this.commandBus.execute(new LeaveMemberOrganisationCommand(params.id, input, actor));
  }

  private record(unitId: string, fact: UnitFactInput, actor: Actor): Promise<UnitCommandResultDto> {
    return this.commandBus.execute(new RecordUnitFactCommand(unitId, fact, actor));
  }
}
