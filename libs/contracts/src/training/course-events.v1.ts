import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { ancestorIds, calendarDate, unitId } from '../membership/member-fields';

export const COURSE_SCHEDULED_V1 = eventType('training', 'CourseScheduled', 1);
export const CADRE_ENROLLED_V1 = eventType('training', 'CadreEnrolled', 1);
export const SESSION_ATTENDED_V1 = eventType('training', 'SessionAttended', 1);
export const CADRE_WITHDREW_V1 = eventType('training', 'CadreWithdrew', 1);
export const COURSE_COMPLETED_V1 = eventType('training', 'CourseCompleted', 1);
export const MODULE_COMPLETED_V1 = eventType('training', 'ModuleCompleted', 1);

const courseId = z.uuid().describe('The course; ce_subject is course-<courseId>.');
const cadreId = z.uuid().describe('The cadre (her stream is cadre-<cadreId>).');
const topic = z
  .string()
  .regex(/^[a-z][a-z-]{1,40}$/)
  .describe(
    'union-work-skills (nghiệp vụ công tác Hội), mobilisation-communication (dân vận, truyền thông), it-digital-transformation (công nghệ thông tin, chuyển đổi số), data-analysis (phân tích dữ liệu), political-theory (lý luận chính trị), law (pháp luật), social-work (công tác xã hội), other (more may come).',
  );
const form = z
  .enum(['in-person', 'online'])
  .describe('in-person (trực tiếp), online (trực tuyến, the online training system).');
const COURSE =
  'Subject: course-<courseId>. Ids, codes, days and counts only: no personal data, no module content, no quiz answer.';

/** Mở lớp đào tạo, bồi dưỡng: a course run by a unit. */
export const CourseScheduledV1 = z
  .object({
    courseId,
    unitId: unitId.describe('The unit that runs the course: its subtree’s staff manage it.'),
    ancestorIds: ancestorIds.describe("The unit's ancestors, root first, on the day."),
    title: z.string().min(1).max(200).describe('The course’s title (no personal data).'),
    topic,
    form,
    startsOn: calendarDate.describe('The first day of the course.'),
    endsOn: calendarDate.describe('The last day of the course (not before startsOn).'),
    capacity: z.number().int().min(1).describe('How many cadres may be enrolled at a time.'),
    sessions: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe('How many sessions an in-person course has; null for an online course.'),
  })
  .describe(`A training course was scheduled (đào tạo, bồi dưỡng). ${COURSE}`);

export const CadreEnrolledV1 = z
  .object({ courseId, cadreId, enrolledOn: calendarDate.describe('The day of her enrolment.') })
  .describe(`A cadre was enrolled in a course (one event per cadre, also in bulk). ${COURSE}`);

export const SessionAttendedV1 = z
  .object({
    courseId,
    cadreId,
    session: z.number().int().min(1).describe('The session, 1 to the course’s sessions.'),
    attendedOn: calendarDate.describe('The day of the session she attended.'),
  })
  .describe(`A cadre attended a session of an in-person course (điểm danh). ${COURSE}`);

export const CadreWithdrewV1 = z
  .object({
    courseId,
    cadreId,
    withdrawnOn: calendarDate.describe('The first day she is no longer in the course.'),
  })
  .describe(`A cadre withdrew from a course; her seat is free again. ${COURSE}`);

export const CourseCompletedV1 = z
  .object({
    courseId,
    cadreId,
    completedOn: calendarDate.describe('The day she completed the course.'),
    result: z
      .enum(['passed', 'good', 'excellent'])
      .describe('passed (đạt), good (khá), excellent (giỏi, xuất sắc).'),
    certificateId: z.uuid().describe('Her certificate (chứng nhận) of this completion.'),
    topic,
    form,
  })
  .describe(
    `A cadre completed a course, in person or online (every module passed); topic and form are the course’s, repeated so that figures need no join. ${COURSE}`,
  );

export const ModuleCompletedV1 = z
  .object({
    courseId,
    cadreId,
    moduleId: z.uuid().describe('The module of an online course.'),
    completedOn: calendarDate.describe('The day she completed the module.'),
    score: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .describe('Her quiz score in percent; null for a module without a quiz (read to the end).'),
  })
  .describe(`A cadre completed a module of an online course. ${COURSE}`);

export type CourseScheduledV1Data = z.output<typeof CourseScheduledV1>;
export type CadreEnrolledV1Data = z.output<typeof CadreEnrolledV1>;
export type SessionAttendedV1Data = z.output<typeof SessionAttendedV1>;
export type CadreWithdrewV1Data = z.output<typeof CadreWithdrewV1>;
export type CourseCompletedV1Data = z.output<typeof CourseCompletedV1>;
export type ModuleCompletedV1Data = z.output<typeof ModuleCompletedV1>;
