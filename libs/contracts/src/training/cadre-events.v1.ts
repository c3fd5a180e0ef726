import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { ancestorIds, calendarDate, memberId, unitId } from '../membership/member-fields';

export const CADRE_REGISTERED_V1 = eventType('training', 'CadreRegistered', 1);
export const CADRE_QUALIFICATION_RECORDED_V1 = eventType(
  'training',
  'CadreQualificationRecorded',
  1,
);
export const CADRE_APPOINTED_V1 = eventType('training', 'CadreAppointed', 1);
export const CADRE_POST_ENDED_V1 = eventType('training', 'CadrePostEnded', 1);
export const CADRE_ROTATED_V1 = eventType('training', 'CadreRotated', 1);
export const CADRE_ERASED_V1 = eventType('training', 'CadreErased', 1);
export const CADRE_RECORD_MOVED_V1 = eventType('training', 'CadreRecordMoved', 1);

const cadreId = z.uuid().describe('The cadre; ce_subject is cadre-<cadreId>.');
const postId = z
  .uuid()
  .describe('One holding of one position at one unit, from appointment to end.');
const position = z
  .string()
  .regex(/^[a-z][a-z-]{1,40}$/)
  .describe(
    'chairwoman (chủ tịch), vice-chair (phó chủ tịch), standing-committee (ủy viên ban thường vụ), executive-committee (ủy viên ban chấp hành), department-head (trưởng ban), department-deputy (phó trưởng ban), branch-head (chi hội trưởng), group-head (tổ trưởng) (more may come).',
  );
const unitKind = z
  .string()
  .regex(/^[a-z][a-z-]{1,40}$/)
  .describe(
    "The unit's kind on the day (province, district, grassroots, affiliated, branch, group).",
  );
/** What the plan's figures count a position as (seed 002, targets 4 and the vacancies). */
export const POSITION_FIGURES = [
  'head',
  'key',
  'unit-leadership',
  'department-leadership',
] as const;
export type PositionFigure = (typeof POSITION_FIGURES)[number];

const figures = z
  .array(z.string().regex(/^[a-z][a-z-]{1,40}$/))
  .optional()
  .describe(
    "What the plan's figures count the position as, from the deployment's position catalogue on the day: head (the unit's head: vacancies, target 4's young chairwomen), key (cán bộ chủ chốt, target 4), unit-leadership (lãnh đạo đơn vị: chair and vice-chair of an affiliated unit), department-leadership (lãnh đạo ban của Thành hội) (more may come; ignore what you do not know). Absent on events written before the field: read them as the platform's default catalogue, positionFiguresOf.",
  );

/** The default catalogue's figures, for events written before they carried their own. */
const FIGURES_BEFORE_THE_FIELD: Readonly<Record<string, readonly PositionFigure[]>> = {
  chairwoman: ['head', 'key', 'unit-leadership'],
  'vice-chair': ['key', 'unit-leadership'],
  'standing-committee': ['key'],
  'department-head': ['department-leadership'],
  'department-deputy': ['department-leadership'],
};

/** A post's figures: its own, or (an event before the field) the default catalogue's. */
export function positionFiguresOf(post: {
  readonly position: string;
  readonly figures?: readonly string[] | undefined;
}): readonly string[] {
  if (post.figures) return post.figures;
  return Object.hasOwn(FIGURES_BEFORE_THE_FIELD, post.position)
    ? (FIGURES_BEFORE_THE_FIELD[post.position] ?? [])
    : [];
}

const PERSONAL =
  'Subject: cadre-<cadreId>. No personal data: names, dates of birth, national ID numbers and phones never appear on the topic, sealed or not.';

/** Tiếp nhận hồ sơ cán bộ: a person who holds union posts, perhaps a member. */
export const CadreRegisteredV1 = z
  .object({
    cadreId,
    unitId: unitId.describe('The unit that keeps her record: its subtree’s staff manage it.'),
    ancestorIds: ancestorIds.describe("The unit's ancestors, root first, at registration."),
    memberId: memberId.nullable().describe('Her member id, when she is a member of the union.'),
    birthYear: z.number().int().min(1900).max(2200).describe('For age bands; never the date.'),
    registeredOn: calendarDate.describe('The day her record was opened.'),
  })
  .describe(
    `A cadre's record was opened (tiếp nhận hồ sơ cán bộ); her qualifications follow as CadreQualificationRecorded. ${PERSONAL}`,
  );

/** Trình độ, lý luận chính trị, đảng viên, chuyên trách: each with the day it became true. */
export const CadreQualificationRecordedV1 = z
  .object({
    cadreId,
    fact: z
      .string()
      .describe(
        'education (trình độ chuyên môn), political-theory (lý luận chính trị), party (đảng viên), full-time (chuyên trách) (more may come).',
      ),
    value: z
      .string()
      .describe(
        'education: intermediate, college, university, master, doctorate; political-theory: elementary, intermediate, advanced; party: member, not-member; full-time: full-time, part-time.',
      ),
    since: calendarDate.describe(
      'The day it became true; it holds until the next of the same fact.',
    ),
  })
  .describe(`A fact about a cadre that the plan's targets count, as of a day. ${PERSONAL}`);

const postAt = {
  postId,
  unitId: unitId.describe('The unit where the post is held.'),
  ancestorIds: ancestorIds.describe("The unit's ancestors, root first, on the day."),
  unitKind,
  position,
  figures,
};

/** Bổ nhiệm, bầu: a cadre takes a position at a unit. */
export const CadreAppointedV1 = z
  .object({ cadreId, ...postAt, appointedOn: calendarDate.describe('The first day in the post.') })
  .describe(
    `A cadre took a position at a unit (bầu, bổ nhiệm); a unit has one chairwoman at a time. ${PERSONAL}`,
  );

/** Thôi giữ chức vụ: the end of a post. */
export const CadrePostEndedV1 = z
  .object({
    cadreId,
    postId,
    unitId: unitId.describe('The unit where the post was held.'),
    position,
    endedOn: calendarDate.describe('The first day she no longer holds it.'),
    reason: z
      .string()
      .describe(
        'term-ended (hết nhiệm kỳ), resigned (xin thôi), retired (nghỉ hưu), dismissed (miễn nhiệm), unit-closed (the unit merged or dissolved) (more may come).',
      ),
  })
  .describe(`A cadre's post ended. ${PERSONAL}`);

/** Luân chuyển: one operation that ends one post and starts another, usually at another unit. */
export const CadreRotatedV1 = z
  .object({
    cadreId,
    endedPostId: postId.describe('The post she leaves.'),
    fromUnitId: unitId.describe('The unit she leaves.'),
    fromPosition: position,
    ...postAt,
    rotatedOn: calendarDate.describe(
      'The first day in the new post, and the first without the old.',
    ),
  })
  .describe(
    `A cadre was rotated (luân chuyển): the old post ends and the new one starts on the same day; her record moves to the new unit. ${PERSONAL}`,
  );

/** Her record follows its unit, merged or dissolved into a successor (the system acts). */
export const CadreRecordMovedV1 = z
  .object({
    cadreId,
    fromUnitId: unitId.describe('The closed unit that kept her record.'),
    unitId: unitId.describe('The successor that keeps it from movedOn.'),
    ancestorIds: ancestorIds.describe("The successor's ancestors, root first, on the day."),
    movedOn: calendarDate.describe('The first day the closed unit no longer exists.'),
  })
  .describe(
    `A cadre's record moved to the successor of its merged or dissolved unit (actorid system:units-merged); her posts at the closed unit ended that day (CadrePostEnded, reason unit-closed). ${PERSONAL}`,
  );

export const CadreErasedV1 = z
  .object({ cadreId, erasedOn: calendarDate.describe('The day her personal data was shredded.') })
  .describe(
    `A cadre's personal data was erased (crypto-shredding): her counts stay, nothing personal can be read again. ${PERSONAL}`,
  );

export type CadreRegisteredV1Data = z.output<typeof CadreRegisteredV1>;
export type CadreQualificationRecordedV1Data = z.output<typeof CadreQualificationRecordedV1>;
export type CadreAppointedV1Data = z.output<typeof CadreAppointedV1>;
export type CadrePostEndedV1Data = z.output<typeof CadrePostEndedV1>;
export type CadreRotatedV1Data = z.output<typeof CadreRotatedV1>;
export type CadreRecordMovedV1Data = z.output<typeof CadreRecordMovedV1>;
export type CadreErasedV1Data = z.output<typeof CadreErasedV1>;
