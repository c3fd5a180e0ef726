import { z } from 'zod';

/** Message patterns of training-service. */
export const TRAINING_RPC = {
  register: 'training.cadres.register',
  qualify: 'training.cadres.qualify',
  appoint: 'training.cadres.appoint',
  endPost: 'training.cadres.end-post',
  rotate: 'training.cadres.rotate',
  erase: 'training.cadres.erase',
  get: 'training.cadres.get',
} as const;

const date = z.iso.date('must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const cadreIdParam = z.uuid('must be a cadre id');
export const postIdParam = z.uuid('must be a post id');

/** A code of the deployment's catalogue, checked by the service (422 for one it does not know). */
export const catalogueCode = (what: string) =>
  z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, `must be a ${what} code`);

export const positionCode = catalogueCode('position').describe(
  "Chức vụ: a code of the deployment's position catalogue (TRAINING_CATALOGUE_FILE); 422 training.unknown-position for one it does not have. The default catalogue: chairwoman (chủ tịch), vice-chair (phó chủ tịch), standing-committee (ủy viên ban thường vụ), executive-committee (ủy viên ban chấp hành), department-head (trưởng ban), department-deputy (phó trưởng ban) of the province or city union, branch-head (chi hội trưởng), group-head (tổ trưởng). Each exists at some unit kinds only (422 training.position-not-at-unit-kind).",
);

/** A qualification as a body gives it; the domain checks the value against the fact. */
export const qualificationBody = z.strictObject({
  fact: z
    .enum(['education', 'political-theory', 'party', 'full-time'], 'must be a fact code')
    .describe(
      'education (trình độ chuyên môn), political-theory (lý luận chính trị), party (đảng viên), full-time (chuyên trách).',
    ),
  value: z
    .string()
    .regex(/^[a-z][a-z-]{1,30}$/, 'must be a value code')
    .describe(
      'education: intermediate, college, university, master, doctorate; political-theory: elementary, intermediate, advanced; party: member, not-member; full-time: full-time, part-time.',
    ),
  since: date.optional().describe('The day it became true; today if absent.'),
});

/** Her personal fields: sealed by the service under her own key, never logged, never on Kafka. */
const cadrePersonalFields = z.strictObject({
  fullName: text(200).describe('Họ và tên.'),
  birthDate: date.describe('Ngày sinh; she is 18 or over on the day of registration.'),
  nationalId: z
    .string()
    .regex(/^\d{12}$/, 'must be 12 digits')
    .describe('Số CCCD: 12 digits.'),
  phone: z
    .string()
    .regex(/^\+?[0-9 ]{8,15}$/, 'must be a phone number')
    .optional(),
});

/** POST /api/v1/cadres */
export const registerCadreBody = z.strictObject({
  unitId: z.uuid('must be a unit id').describe('The unit that keeps her record.'),
  memberId: z
    .uuid('must be a member id')
    .nullable()
    .default(null)
    .describe('Her member id, if any.'),
  registeredOn: date.optional().describe('The day her record opens; today if absent.'),
  personal: cadrePersonalFields,
  qualifications: z.array(qualificationBody).max(4).default([]),
});

/** POST /api/v1/cadres/:id/posts */
export const appointCadreBody = z.strictObject({
  unitId: z.uuid('must be a unit id').describe('The unit where she takes the post.'),
  position: positionCode,
  appointedOn: date.optional().describe('The first day in the post; today if absent.'),
});

/** POST /api/v1/cadres/:id/posts/:postId/end */
export const endCadrePostBody = z.strictObject({
  reason: z
    .enum(['term-ended', 'resigned', 'retired', 'dismissed'], 'must be a reason code')
    .describe(
      'term-ended (hết nhiệm kỳ), resigned (xin thôi), retired (nghỉ hưu), dismissed (miễn nhiệm).',
    ),
  endedOn: date.optional().describe('The first day she no longer holds it; today if absent.'),
});

/** POST /api/v1/cadres/:id/rotate */
export const rotateCadreBody = z.strictObject({
  fromPostId: z.uuid('must be a post id').describe('The post she leaves.'),
  unitId: z.uuid('must be a unit id').describe('The unit she moves to.'),
  position: positionCode,
  rotatedOn: date.optional().describe('The first day in the new post; today if absent.'),
});

/** POST /api/v1/cadres/:id/erase */
export const eraseCadreBody = z.strictObject({ erasedOn: date.optional() });

/** What a command on a cadre answers; `postId` for an appointment or a rotation. */
export const cadreCommandResult = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1),
  postId: z.uuid().optional().describe('The post an appointment or a rotation started.'),
});

/** GET /api/v1/cadres/:id: training-service's CadreDto. */
export const cadreView = z.strictObject({
  id: z.uuid(),
  unitId: z.uuid(),
  ancestorIds: z.array(z.uuid()),
  memberId: z.uuid().nullable(),
  birthYear: z.number().int(),
  registeredOn: z.iso.date(),
  erased: z.boolean(),
  version: z.number().int().min(1),
  qualifications: z
    .record(z.string(), z.strictObject({ value: z.string(), since: z.iso.date() }))
    .describe('Each fact’s latest value and the day it became true.'),
  posts: z.array(
    z.strictObject({
      postId: z.uuid(),
      unitId: z.uuid(),
      position: z.string(),
      appointedOn: z.iso.date(),
      endedOn: z.iso.date().nullable(),
    }),
  ),
  plans: z
    .array(z.strictObject({ unitId: z.uuid(), position: z.string(), term: z.string() }))
    .describe('Quy hoạch: the positions she is planned for, by term.'),
  awards: z
    .array(z.strictObject({ award: z.string(), year: z.number().int() }))
    .describe('Khen thưởng: her awards, in the order given.'),
  personal: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe(
      'Her personal fields: in full for roles with cadres:personal-data, masked for other readers, null once erased.',
    ),
});

export type CadreView = z.output<typeof cadreView>;
export type CadreCommandAnswer = z.output<typeof cadreCommandResult>;
