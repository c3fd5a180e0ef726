import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { randomUUID } from 'node:crypto';
import { certificateMade, learnerCourse } from './course-access';
import { LearnCommand } from './course.commands';
import { CourseWorkspace } from './course-workspace';

/** What a learner's step answers: her quiz score, and whether the module and course are done. */
export interface LearningResult {
  readonly id: string;
  readonly version: number;
  readonly moduleId: string;
  readonly score: number | null;
  readonly passed: boolean | null;
  readonly moduleCompleted: boolean;
  readonly courseCompleted: boolean;
  readonly certificateId: string | null;
}

/** Her progress and her answers, for herself only, on a course she is enrolled in. */
@CommandHandler(LearnCommand)
export class LearnHandler implements ICommandHandler<LearnCommand, LearningResult> {
  constructor(private readonly courses: CourseWorkspace) {}

  async execute({ courseId, cadreId, step, actor }: LearnCommand): Promise<LearningResult> {
    await learnerCourse(this.courses, courseId, cadreId, actor);
    const command = {
      ...step,
      courseId,
      cadreId,
      certificateId: randomUUID(),
      today: todayInVietnam(),
    };
    const outcome = await this.courses.handle(courseId, command, actor);
    const answered = outcome.events.find((e) => e.type === 'QuizAnswered');
    const { moduleId } = step;
    return {
      id: courseId,
      version: outcome.version,
      moduleId,
      score: answered?.type === 'QuizAnswered' ? answered.data.score : null,
      passed: answered?.type === 'QuizAnswered' ? answered.data.passed : null,
      moduleCompleted: outcome.events.some((e) => e.type === 'ModuleCompleted'),
      courseCompleted: certificateMade(outcome) !== undefined,
      certificateId: certificateMade(outcome) ?? null,
    };
  }
}
