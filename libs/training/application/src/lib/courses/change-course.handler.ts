import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import type { CourseCommand } from '@vwu/training-domain';
import { randomUUID } from 'node:crypto';
import { authorisedCourse, certificateMade } from './course-access';
import { ChangeCourseCommand, type CourseChange } from './course.commands';
import { CourseWorkspace, type CourseCommandResult } from './course-workspace';

/** The domain's command for a manager's change; new ids (a certificate, a module) made here. */
function commandOf(courseId: string, change: CourseChange, today: string): CourseCommand {
  switch (change.type) {
    case 'RecordAttendance':
    case 'WithdrawCadre':
      return { ...change, courseId, today };
    case 'CompleteCourse':
      return { ...change, courseId, certificateId: randomUUID(), today };
    case 'AddModule': {
      const { title, material, quiz } = change;
      return {
        type: 'AddModule',
        courseId,
        module: { moduleId: randomUUID(), title, material, quiz },
      };
    }
  }
}

/** Attendance, withdrawal, completion in person, modules online: in the course's scope. */
@CommandHandler(ChangeCourseCommand)
export class ChangeCourseHandler implements ICommandHandler<
  ChangeCourseCommand,
  CourseCommandResult
> {
  constructor(private readonly courses: CourseWorkspace) {}

  async execute({ courseId, change, actor }: ChangeCourseCommand): Promise<CourseCommandResult> {
    await authorisedCourse(this.courses, courseId, actor);
    const command = commandOf(courseId, change, todayInVietnam());
    const outcome = await this.courses.handle(courseId, command, actor);
    const certificateId = certificateMade(outcome);
    return {
      id: courseId,
      version: outcome.version,
      ...(command.type === 'AddModule' ? { moduleId: command.module.moduleId } : {}),
      ...(certificateId ? { certificateId } : {}),
    };
  }
}
