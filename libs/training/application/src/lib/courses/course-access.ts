import {
  authorise,
  hasPermission,
  PermissionDeniedError,
  principalOf,
  type Actor,
  type Permission,
} from '@vwu/platform-auth';
import type { CourseEvent, CourseRecord, Learner } from '@vwu/training-domain';
import type { CommandOutcome } from '@vwu/platform-event-sourcing';
import {
  coursePath,
  requireCourseRecord,
  type CourseWorkspace,
  type LoadedCourse,
} from './course-workspace';

/** The course, loaded and authorised for a manager (or a reader) in its unit's scope. */
export async function authorisedCourse(
  courses: CourseWorkspace,
  courseId: string,
  actor: Actor,
  permission: Permission = 'cadres:write',
): Promise<LoadedCourse & { readonly course: CourseRecord }> {
  const loaded = await courses.load(courseId);
  const course = requireCourseRecord(loaded);
  authorise(actor, permission, coursePath(course));
  return { ...loaded, course };
}

const notHers = () =>
  new PermissionDeniedError(
    'auth.forbidden',
    'Học viên chỉ học cho chính mình — a learner acts for herself only',
  );

/**
 * A learner acts for herself (her token's `sub` is her cadre id) on a course she is enrolled
 * in: 403 otherwise, whatever her scope (a course may be run above her unit).
 */
export async function learnerCourse(
  courses: CourseWorkspace,
  courseId: string,
  cadreId: string,
  actor: Actor,
): Promise<LoadedCourse & { readonly course: CourseRecord; readonly learner: Learner }> {
  if (!hasPermission(principalOf(actor), 'courses:learn') || actor.userId !== cadreId)
    throw notHers();
  const loaded = await courses.load(courseId);
  const course = requireCourseRecord(loaded);
  const learner = course.learners[cadreId];
  if (!learner)
    throw new PermissionDeniedError(
      'auth.forbidden',
      'Học viên chưa ghi danh khoá học này — you are not enrolled in this course',
    );
  return { ...loaded, course, learner };
}

/** The certificate a command's completion made, if it made one. */
export function certificateMade(outcome: CommandOutcome<CourseEvent>): string | undefined {
  const completed = outcome.events.find((e) => e.type === 'CourseCompleted');
  return completed?.type === 'CourseCompleted' ? completed.data.certificateId : undefined;
}
