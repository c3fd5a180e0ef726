import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  appointCadre,
  endCadrePost,
  eraseCadre,
  getCadre,
  recordQualification,
  registerCadre,
  rotateCadre,
  type CadreView,
  type RpcRequest,
  grantCadreAward,
  planCadreSuccession,
} from '@vwu/internal-api';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';
import {
  AppointCadreCommand,
  EndCadrePostCommand,
  EraseCadreCommand,
  GetCadreQuery,
  RecordQualificationCommand,
  RegisterCadreCommand,
  RotateCadreCommand,
  type CadreCommandResult,
  GrantCadreAwardCommand,
  PlanCadreSuccessionCommand,
} from '@vwu/training-application';
import { randomUUID } from 'node:crypto';

/** Cadre commands and reads, bound to their declarations; inputs are checked again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class CadresRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(registerCadre)
  async register(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, body } = await this.actors.receive(registerCadre, request);
    const today = todayInVietnam();
    const input = {
      ...body,
      registeredOn: body.registeredOn ?? today,
      qualifications: body.qualifications.map((q) => ({ ...q, since: q.since ?? today })),
    };
    return this.commandBus.execute(new RegisterCadreCommand(input, actor, randomUUID()));
  }

  @Answers(recordQualification)
  async qualify(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(recordQualification, request);
    const qualification = { ...body, since: body.since ?? todayInVietnam() };
    return this.commandBus.execute(new RecordQualificationCommand(params.id, qualification, actor));
  }

  @Answers(appointCadre)
  async appoint(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(appointCadre, request);
    const input = { ...body, appointedOn: body.appointedOn ?? todayInVietnam() };
    return this.commandBus.execute(new AppointCadreCommand(params.id, input, actor, randomUUID()));
  }

  @Answers(endCadrePost)
  async endPost(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(endCadrePost, request);
    const input = { reason: body.reason, endedOn: body.endedOn ?? todayInVietnam() };
    return this.commandBus.execute(new EndCadrePostCommand(params.id, params.postId, input, actor));
  }

  @Answers(rotateCadre)
  async rotate(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(rotateCadre, request);
    const input = { ...body, rotatedOn: body.rotatedOn ?? todayInVietnam() };
    return this.commandBus.execute(new RotateCadreCommand(params.id, input, actor, randomUUID()));
  }

  @Answers(eraseCadre)
  async erase(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(eraseCadre, request);
    const on = body.erasedOn ?? todayInVietnam();
    return this.commandBus.execute(new EraseCadreCommand(params.id, on, actor));
  }

  @Answers(getCadre)
  async get(@Payload() request: RpcRequest<unknown>): Promise<CadreView> {
    const { actor, params } = await this.actors.receive(getCadre, request);
    return this.queryBus.execute(new GetCadreQuery(params.id, actor));
  }

  @Answers(grantCadreAward)
  async grantCadreAward(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(grantCadreAward, request);
    return this.commandBus.execute(new GrantCadreAwardCommand(params.id, body, actor));
  }

  @Answers(planCadreSuccession)
  async planCadreSuccession(@Payload() request: RpcRequest<unknown>): Promise<CadreCommandResult> {
    const { actor, params, body } = await this.actors.receive(planCadreSuccession, request);
    return this.commandBus.execute(new PlanCadreSuccessionCommand(params.id, body, actor));
  }
}
