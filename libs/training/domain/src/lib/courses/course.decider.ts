import type { Decider } from '@vwu/platform-decider';
import type { CourseCommand } from './course.commands';
import type { CourseEvent } from './course.events';
import { evolveCourse, initialCourseState, type CourseState } from './course.state';
import { addModule, answerQuiz, recordModuleProgress } from './course-online';
import {
  completeCourse,
  enrolCadres,
  recordAttendance,
  scheduleCourse,
  withdrawCadre,
} from './course-rules';

type Decisions = {
  readonly [T in CourseCommand['type']]: (
    command: Extract<CourseCommand, { readonly type: T }>,
    state: CourseState,
  ) => readonly CourseEvent[];
};

const DECISIONS: Decisions = {
  ScheduleCourse: scheduleCourse,
  EnrolCadres: enrolCadres,
  RecordAttendance: recordAttendance,
  WithdrawCadre: withdrawCadre,
  CompleteCourse: completeCourse,
  AddModule: addModule,
  RecordModuleProgress: recordModuleProgress,
  AnswerQuiz: answerQuiz,
};

function decideCourse(command: CourseCommand, state: CourseState): readonly CourseEvent[] {
  const decide = DECISIONS[command.type] as (c: CourseCommand, s: CourseState) => CourseEvent[];
  return decide(command, state);
}

/** Đào tạo, bồi dưỡng: one stream per course (course-<courseId>), its learners and modules. */
export const courseDecider: Decider<CourseCommand, CourseEvent, CourseState> = {
  initialState: initialCourseState,
  evolve: evolveCourse,
  decide: decideCourse,
};

export function courseStreamId(courseId: string): string {
  return `course-${courseId}`;
}
