import { isCalendarDate, type CalendarDate } from '@vwu/platform-decider';
import {
  AlreadyCompletedError,
  CourseNotFoundError,
  InvalidCourseInputError,
  NotEnrolledError,
  WithdrawnError,
} from './course.errors';
import type { CourseRecord, CourseState, Learner } from './course.state';

/** A day that exists, `YYYY-MM-DD`. */
export function courseDay(text: string, field: string): CalendarDate {
  if (!isCalendarDate(text))
    throw new InvalidCourseInputError(
      `${field} phải là ngày dạng YYYY-MM-DD — ${field} must be a date YYYY-MM-DD`,
    );
  return text;
}

/** `from` (if any) ≤ day ≤ `to`, for a field named in the message. */
export function requireBetween(
  on: CalendarDate,
  from: CalendarDate | null,
  to: CalendarDate,
  field: string,
): void {
  if (from !== null && on < from)
    throw new InvalidCourseInputError(
      `${field} ${on} trước ngày ${from} — ${field} ${on} is before ${from}`,
    );
  if (on > to)
    throw new InvalidCourseInputError(
      `${field} ${on} sau ngày ${to} — ${field} ${on} is after ${to}`,
    );
}

export function requireCourse(state: CourseState, courseId: string): CourseRecord {
  if (state.status === 'none') throw new CourseNotFoundError(courseId);
  return state;
}

/** Enrolled, not withdrawn, not yet completed: the one whose learning may still change. */
export function requireActiveLearner(course: CourseRecord, cadreId: string): Learner {
  const learner = course.learners[cadreId];
  if (!learner) throw new NotEnrolledError(cadreId);
  if (learner.withdrawnOn !== null) throw new WithdrawnError(cadreId, learner.withdrawnOn);
  if (learner.completion) throw new AlreadyCompletedError(cadreId, learner.completion.completedOn);
  return learner;
}

/** The earlier of two days. */
export function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
