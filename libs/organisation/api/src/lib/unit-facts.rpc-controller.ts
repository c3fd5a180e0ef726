import { Controller, Inject, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ORGANISATION_RPC,
  correctRatingBody,
  joinMemberOrganisationBody,
  leaveMemberOrganisationBody,
  rateUnitBody,
  recordInspectionBody,
  recordPopulationBody,
  unitFactKind,
  unitIdParam,
  yearParam,
  type RpcRequest,
  type UnitCommandRequest,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import {
  JoinMemberOrganisationCommand,
  LeaveMemberOrganisationCommand,
  RecordUnitFactCommand,
  type UnitFactInput,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import { RpcProblemFilter } from '@vwu/platform-nest';
import { randomUUID } from 'node:crypto';
import { ActorResolver } from '@vwu/platform-nest';
import { ROOT_UNIT, type RootUnit } from './root-bootstrap';

type FactRequest = RpcRequest<UnitCommandRequest<unknown> & { fact: unknown; year?: unknown }>;

function factInput(request: FactRequest['body']): UnitFactInput {
  switch (parseBody(unitFactKind, request.fact)) {
    case 'population': {
      const body = parseBody(recordPopulationBody, request.body);
      return {
        type: 'RecordWomenPopulation',
        women: body.women,
        asOf: body.asOf ?? todayInVietnam(),
      };
    }
    case 'rating':
      return { type: 'RateUnit', ...parseBody(rateUnitBody, request.body) };
    case 'rating-correction': {
      const year = parseBody(yearParam, request.year);
      return { type: 'CorrectRating', year, ...parseBody(correctRatingBody, request.body) };
    }
    case 'inspection': {
      const body = parseBody(recordInspectionBody, request.body);
      return {
        type: 'RecordInspection',
        ...body,
        inspectionId: body.inspectionId ?? randomUUID(),
        inspectedOn: body.inspectedOn ?? todayInVietnam(),
      };
    }
  }
}

/** Facts about units (population, ratings, inspections) and member organisations. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitFactsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
    @Inject(ROOT_UNIT) private readonly root: RootUnit,
  ) {}

  @MessagePattern(ORGANISATION_RPC.recordUnitFact)
  async record(@Payload() request: FactRequest): Promise<UnitCommandResultDto> {
    const actor = await this.actors.resolve(request);
    const unitId = parseBody(unitIdParam, request.body.unitId);
    const input = factInput(request.body);
    return this.commandBus.execute(new RecordUnitFactCommand(unitId, input, actor));
  }

  @MessagePattern(ORGANISATION_RPC.joinMemberOrganisation)
  async join(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const actor = await this.actors.resolve(request);
    const { id, name, joinedOn } = parseBody(joinMemberOrganisationBody, request.body);
    const input = { unionId: this.root.id, name, joinedOn: joinedOn ?? todayInVietnam() };
    return this.commandBus.execute(new JoinMemberOrganisationCommand(input, actor, id));
  }

  @MessagePattern(ORGANISATION_RPC.leaveMemberOrganisation)
  async leave(
    @Payload() request: RpcRequest<UnitCommandRequest<unknown>>,
  ): Promise<UnitCommandResultDto> {
    const actor = await this.actors.resolve(request);
    const id = parseBody(unitIdParam, request.body.unitId);
    const body = parseBody(leaveMemberOrganisationBody, request.body.body);
    const input = {
      unionId: this.root.id,
      reason: body.reason,
      leftOn: body.leftOn ?? todayInVietnam(),
    };
    return this.commandBus.execute(new LeaveMemberOrganisationCommand(id, input, actor));
  }
}
