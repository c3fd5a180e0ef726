import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { UnitNotActiveError } from '@vwu/training-domain';
import { Catalogue } from '../catalogue';
import { TrainingUnits } from '../ports';
import { ScheduleCourseCommand } from './course.commands';
import { CourseWorkspace, type CourseCommandResult } from './course-workspace';

/** A course at an active unit in the actor's scope. */
@CommandHandler(ScheduleCourseCommand)
export class ScheduleCourseHandler implements ICommandHandler<
  ScheduleCourseCommand,
  CourseCommandResult
> {
  constructor(
    private readonly courses: CourseWorkspace,
    private readonly units: TrainingUnits,
    private readonly catalogue: Catalogue,
  ) {}

  async execute({ input, actor, courseId }: ScheduleCourseCommand): Promise<CourseCommandResult> {
    const unit = await this.units.facts(input.unitId);
    if (!unit.active) throw new UnitNotActiveError(unit.unitId);
    authorise(actor, 'cadres:write', [...unit.ancestorIds, unit.unitId]);
    const { unitId: _, ...course } = input;
    const topicDefinition = this.catalogue.topic(course.topic);
    const command = { type: 'ScheduleCourse', courseId, unit, ...course, topicDefinition } as const;
    const outcome = await this.courses.handle(courseId, command, actor);
    return { id: courseId, version: outcome.version };
  }
}
