import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  addCourseModule,
  answerQuiz,
  completeCourse,
  enrolCadre,
  enrolUnitCadres,
  getCertificate,
  getCourse,
  getLearnerCourse,
  recordAttendance,
  recordModuleProgress,
  scheduleCourse,
  withdrawCadre,
  type CertificateView,
  type CourseView,
  type LearnerView,
  type RpcRequest,
} from '@vwu/internal-api';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';
import {
  ChangeCourseCommand,
  EnrolCadresCommand,
  GetCertificateQuery,
  GetCourseQuery,
  GetLearnerViewQuery,
  LearnCommand,
  ScheduleCourseCommand,
  type CourseChange,
  type CourseCommandResult,
  type LearningResult,
} from '@vwu/training-application';
import type { Actor } from '@vwu/platform-auth';
import { randomUUID } from 'node:crypto';

/** Course commands and reads, bound to their declarations; inputs are checked again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class CoursesRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  private change(id: string, change: CourseChange, actor: Actor): Promise<CourseCommandResult> {
    return this.commandBus.execute(new ChangeCourseCommand(id, change, actor));
  }

  @Answers(scheduleCourse)
  async schedule(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, body } = await this.actors.receive(scheduleCourse, request);
    return this.commandBus.execute(new ScheduleCourseCommand(body, actor, randomUUID()));
  }

  @Answers(enrolCadre)
  async enrol(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, params, body } = await this.actors.receive(enrolCadre, request);
    const input = { cadreId: body.cadreId, enrolledOn: body.enrolledOn ?? todayInVietnam() };
    return this.commandBus.execute(new EnrolCadresCommand(params.id, input, actor));
  }

  @Answers(enrolUnitCadres)
  async enrolUnit(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, params, body } = await this.actors.receive(enrolUnitCadres, request);
    const input = { unitId: body.unitId, enrolledOn: body.enrolledOn ?? todayInVietnam() };
    return this.commandBus.execute(new EnrolCadresCommand(params.id, input, actor));
  }

  @Answers(recordAttendance)
  async attend(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, params, body } = await this.actors.receive(recordAttendance, request);
    const attendedOn = body.attendedOn ?? todayInVietnam();
    return this.change(params.id, { type: 'RecordAttendance', ...body, attendedOn }, actor);
  }

  @Answers(withdrawCadre)
  async withdraw(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, params, body } = await this.actors.receive(withdrawCadre, request);
    const withdrawnOn = body.withdrawnOn ?? todayInVietnam();
    return this.change(params.id, { type: 'WithdrawCadre', ...body, withdrawnOn }, actor);
  }

  @Answers(completeCourse)
  async complete(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, params, body } = await this.actors.receive(completeCourse, request);
    const completedOn = body.completedOn ?? todayInVietnam();
    return this.change(params.id, { type: 'CompleteCourse', ...body, completedOn }, actor);
  }

  @Answers(addCourseModule)
  async addModule(@Payload() request: RpcRequest<unknown>): Promise<CourseCommandResult> {
    const { actor, params, body } = await this.actors.receive(addCourseModule, request);
    return this.change(params.id, { type: 'AddModule', ...body }, actor);
  }

  @Answers(getCourse)
  async get(@Payload() request: RpcRequest<unknown>): Promise<CourseView> {
    const { actor, params } = await this.actors.receive(getCourse, request);
    return this.queryBus.execute(new GetCourseQuery(params.id, actor));
  }

  @Answers(getCertificate)
  async certificate(@Payload() request: RpcRequest<unknown>): Promise<CertificateView> {
    const { actor, params } = await this.actors.receive(getCertificate, request);
    return this.queryBus.execute(new GetCertificateQuery(params.id, params.certificateId, actor));
  }

  @Answers(getLearnerCourse)
  async learnerView(@Payload() request: RpcRequest<unknown>): Promise<LearnerView> {
    const { actor, params } = await this.actors.receive(getLearnerCourse, request);
    return this.queryBus.execute(new GetLearnerViewQuery(params.id, params.cadreId, actor));
  }

  @Answers(recordModuleProgress)
  async progress(@Payload() request: RpcRequest<unknown>): Promise<LearningResult> {
    const { actor, params, body } = await this.actors.receive(recordModuleProgress, request);
    const step = { type: 'RecordModuleProgress', moduleId: params.moduleId, ...body } as const;
    return this.commandBus.execute(new LearnCommand(params.id, params.cadreId, step, actor));
  }

  @Answers(answerQuiz)
  async answer(@Payload() request: RpcRequest<unknown>): Promise<LearningResult> {
    const { actor, params, body } = await this.actors.receive(answerQuiz, request);
    const step = { type: 'AnswerQuiz', moduleId: params.moduleId, ...body } as const;
    return this.commandBus.execute(new LearnCommand(params.id, params.cadreId, step, actor));
  }
}
