import type {
  CompleteCourse,
  EnrolCadres,
  Enrolee,
  RecordAttendance,
  ScheduleCourse,
  WithdrawCadre,
} from './course.commands';
import {
  CourseExistsError,
  CourseFormError,
  EnrolmentRefusedError,
  InvalidCourseInputError,
} from './course.errors';
import type {
  CadreEnrolled,
  CadreWithdrew,
  CourseCompleted,
  CourseScheduled,
  SessionAttended,
} from './course.events';
import { seatsTaken, type CourseRecord, type CourseState } from './course.state';
import { COURSE_FORMS, COURSE_RESULTS, type CourseForm } from './course.values';
import { UnitNotActiveError } from '../cadre.errors';
import {
  courseDay,
  earlier,
  requireActiveLearner,
  requireBetween,
  requireCourse,
} from './course-guards';

const invalid = (vi: string, en: string) => new InvalidCourseInputError(`${vi} — ${en}`);

function checkShape({ title, topic, topicDefinition, form, capacity }: ScheduleCourse): CourseForm {
  if (!title.trim())
    throw invalid('tên khoá học không được để trống', 'the title must not be empty');
  if (!topicDefinition)
    throw invalid(
      `chủ đề '${topic}' không có trong danh mục`,
      `topic '${topic}' is not in the catalogue`,
    );
  if (!(COURSE_FORMS as readonly string[]).includes(form))
    throw invalid(`hình thức '${form}' không hợp lệ`, `form is in-person or online, not '${form}'`);
  if (!Number.isInteger(capacity) || capacity < 1)
    throw invalid('số chỗ phải từ 1 trở lên', 'the capacity is a whole number from 1');
  return form as CourseForm;
}

function checkSessions(form: CourseForm, sessions: number | null): number | null {
  if (form === 'online') {
    if (sessions !== null) throw new CourseFormError(form, 'có buổi học', 'sessions');
    return null;
  }
  if (sessions === null || !Number.isInteger(sessions) || sessions < 1)
    throw invalid(
      'khoá học trực tiếp có từ 1 buổi trở lên',
      'an in-person course has 1 session or more',
    );
  return sessions;
}

/** A course at an active unit; its dates in order, its sessions by its form. */
export function scheduleCourse(command: ScheduleCourse, state: CourseState): CourseScheduled[] {
  if (state.status !== 'none') throw new CourseExistsError(command.courseId);
  const { courseId, unit, capacity } = command;
  if (!unit.active) throw new UnitNotActiveError(unit.unitId);
  const form = checkShape(command);
  const sessions = checkSessions(form, command.sessions);
  const startsOn = courseDay(command.startsOn, 'startsOn');
  const endsOn = courseDay(command.endsOn, 'endsOn');
  requireBetween(endsOn, startsOn, endsOn, 'endsOn');
  const { unitId, ancestorIds } = unit;
  const { title, topic } = command;
  return [
    {
      type: 'CourseScheduled',
      data: {
        courseId,
        unitId,
        ancestorIds,
        title: title.trim(),
        topic,
        form,
        startsOn,
        endsOn,
        capacity,
        sessions,
      },
    },
  ];
}

function whyNot(course: CourseRecord, { cadreId, status, erased }: Enrolee): string | null {
  if (status === 'none') return `cadre ${cadreId} is not registered`;
  if (erased) return `cadre ${cadreId} has been erased`;
  if (course.learners[cadreId]) return `cadre ${cadreId} is enrolled already`;
  return null;
}

/** Every enrolee once, registered and not erased, within the seats left: all or none. */
export function enrolCadres(command: EnrolCadres, state: CourseState): CadreEnrolled[] {
  const course = requireCourse(state, command.courseId);
  const enrolledOn = courseDay(command.enrolledOn, 'enrolledOn');
  requireBetween(enrolledOn, null, earlier(command.today, course.endsOn), 'enrolledOn');
  const ids = command.enrolees.map((e) => e.cadreId);
  // A unit whose cadres are all enrolled already: nothing to do (a retry of a bulk enrolment).
  if (ids.length === 0) return [];
  const reasons = command.enrolees.flatMap((e) => whyNot(course, e) ?? []);
  if (new Set(ids).size !== ids.length) reasons.push('a cadre is named twice');
  const free = course.capacity - seatsTaken(course);
  if (ids.length > free)
    reasons.push(`${ids.length} cadre(s) for ${free} free seat(s) of ${course.capacity}`);
  if (reasons.length > 0) throw new EnrolmentRefusedError(reasons);
  const { courseId } = command;
  return ids.map((cadreId) => ({ type: 'CadreEnrolled', data: { courseId, cadreId, enrolledOn } }));
}

/** A session of an in-person course, between its first day and today; once per session. */
export function recordAttendance(command: RecordAttendance, state: CourseState): SessionAttended[] {
  const course = requireCourse(state, command.courseId);
  if (course.sessions === null)
    throw new CourseFormError(course.form, 'điểm danh theo buổi', 'sessions to attend');
  const { courseId, cadreId, session } = command;
  const learner = requireActiveLearner(course, cadreId);
  if (!Number.isInteger(session) || session < 1 || session > course.sessions)
    throw invalid(`buổi học từ 1 đến ${course.sessions}`, `the session is 1 to ${course.sessions}`);
  const attendedOn = courseDay(command.attendedOn, 'attendedOn');
  requireBetween(attendedOn, course.startsOn, earlier(command.today, course.endsOn), 'attendedOn');
  if (learner.attended.includes(session)) return [];
  return [{ type: 'SessionAttended', data: { courseId, cadreId, session, attendedOn } }];
}

export function withdrawCadre(command: WithdrawCadre, state: CourseState): CadreWithdrew[] {
  const course = requireCourse(state, command.courseId);
  const { courseId, cadreId } = command;
  const learner = requireActiveLearner(course, cadreId);
  const withdrawnOn = courseDay(command.withdrawnOn, 'withdrawnOn');
  requireBetween(withdrawnOn, learner.enrolledOn, command.today, 'withdrawnOn');
  return [{ type: 'CadreWithdrew', data: { courseId, cadreId, withdrawnOn } }];
}

/** Hoàn thành: an in-person course, after her enrolment and its first day, not after withdrawal. */
export function completeCourse(command: CompleteCourse, state: CourseState): CourseCompleted[] {
  const course = requireCourse(state, command.courseId);
  if (course.form === 'online')
    throw new CourseFormError(
      course.form,
      'được xác nhận hoàn thành thủ công',
      'completion but by its modules',
    );
  const { courseId, cadreId, certificateId } = command;
  const learner = requireActiveLearner(course, cadreId);
  const result = COURSE_RESULTS.find((r) => r === command.result);
  if (!result)
    throw invalid(
      `kết quả '${command.result}' không hợp lệ`,
      'the result is passed, good or excellent',
    );
  const completedOn = courseDay(command.completedOn, 'completedOn');
  const from = learner.enrolledOn > course.startsOn ? learner.enrolledOn : course.startsOn;
  requireBetween(completedOn, from, command.today, 'completedOn');
  const { topic, form } = course;
  return [
    {
      type: 'CourseCompleted',
      data: { courseId, cadreId, completedOn, result, certificateId, topic, form },
    },
  ];
}
