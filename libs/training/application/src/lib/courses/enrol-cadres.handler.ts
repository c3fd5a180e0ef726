import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise, type Actor } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { type CourseRecord, type Enrolee } from '@vwu/training-domain';
import { cadrePath, CadreWorkspace } from '../cadre-streams';
import { TrainingUnits } from '../ports';
import { authorisedCourse } from './course-access';
import { EnrolCadresCommand, type EnrolmentInput } from './course.commands';
import { CadreDirectory, CourseWorkspace, type CourseCommandResult } from './course-workspace';

/**
 * Ghi danh, in the course's scope. One cadre: her own stream says whether she may be enrolled,
 * and she is in the actor's scope. A unit's cadres: those the directory places there, each read
 * again from her stream (still at that unit, not erased, not yet enrolled), enrolled as one
 * commit, or none with every reason when seats are short.
 */
@CommandHandler(EnrolCadresCommand)
export class EnrolCadresHandler implements ICommandHandler<
  EnrolCadresCommand,
  CourseCommandResult
> {
  constructor(
    private readonly courses: CourseWorkspace,
    private readonly cadres: CadreWorkspace,
    private readonly directory: CadreDirectory,
    private readonly units: TrainingUnits,
  ) {}

  async execute({ courseId, input, actor }: EnrolCadresCommand): Promise<CourseCommandResult> {
    const { course } = await authorisedCourse(this.courses, courseId, actor);
    const enrolees = await this.enrolees(course, input, actor);
    const command = {
      type: 'EnrolCadres',
      courseId,
      enrolees,
      enrolledOn: input.enrolledOn,
    } as const;
    const outcome = await this.courses.handle(
      courseId,
      { ...command, today: todayInVietnam() },
      actor,
    );
    return { id: courseId, version: outcome.version, enrolled: enrolees.map((e) => e.cadreId) };
  }

  private async enrolees(
    course: CourseRecord,
    input: EnrolmentInput,
    actor: Actor,
  ): Promise<Enrolee[]> {
    if ('cadreId' in input) return [await this.enrolee(input.cadreId, actor)];
    const unit = await this.units.facts(input.unitId);
    authorise(actor, 'cadres:read', [...unit.ancestorIds, unit.unitId]);
    const found = await Promise.all(
      (await this.directory.atUnit(input.unitId)).map((id) => this.cadres.load(id)),
    );
    return found.flatMap(({ cadreId, state }) =>
      state.status === 'registered' &&
      state.unitId === input.unitId &&
      !state.erased &&
      !course.learners[cadreId]
        ? [{ cadreId, status: state.status, erased: false }]
        : [],
    );
  }

  private async enrolee(cadreId: string, actor: Actor): Promise<Enrolee> {
    const { state } = await this.cadres.load(cadreId);
    if (state.status === 'none') return { cadreId, status: 'none', erased: false };
    authorise(actor, 'cadres:read', cadrePath(state));
    return { cadreId, status: state.status, erased: state.erased };
  }
}
