import { z } from 'zod';
import { catalogueCode } from './training';

/** Message patterns of training-service for courses. */
export const COURSES_RPC = {
  schedule: 'training.courses.schedule',
  get: 'training.courses.get',
  enrol: 'training.courses.enrol',
  enrolUnit: 'training.courses.enrol-unit',
  attend: 'training.courses.attend',
  withdraw: 'training.courses.withdraw',
  complete: 'training.courses.complete',
  addModule: 'training.courses.add-module',
  certificate: 'training.courses.certificate',
  learnerView: 'training.courses.learner-view',
  progress: 'training.courses.progress',
  answer: 'training.courses.answer',
} as const;

const date = z.iso.date('must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const courseIdParam = z.uuid('must be a course id');
export const learnerIdParam = z
  .uuid('must be a cadre id')
  .describe('Her cadre id: the token’s sub.');
export const moduleIdParam = z.uuid('must be a module id');
export const certificateIdParam = z.uuid('must be a certificate id');

/** POST /api/v1/courses */
export const scheduleCourseBody = z.strictObject({
  unitId: z.uuid('must be a unit id').describe('The unit that runs the course.'),
  title: text(200),
  topic: catalogueCode('topic').describe(
    "Chủ đề: a code of the deployment's topic catalogue (TRAINING_CATALOGUE_FILE); 422 training.course-invalid for one it does not have. The default catalogue: union-work-skills (nghiệp vụ công tác Hội), mobilisation-communication (dân vận, truyền thông), it-digital-transformation (CNTT, chuyển đổi số), data-analysis (phân tích dữ liệu), political-theory (lý luận chính trị), law (pháp luật), social-work (công tác xã hội), other.",
  ),
  form: z.enum(['in-person', 'online'], 'must be in-person or online'),
  startsOn: date,
  endsOn: date.describe('Not before startsOn.'),
  capacity: z.number().int().min(1).max(10_000),
  sessions: z
    .number()
    .int()
    .min(1)
    .max(500)
    .nullable()
    .default(null)
    .describe('The number of sessions of an in-person course; none for an online one.'),
});

/** POST /api/v1/courses/:id/enrolments */
export const enrolCadreBody = z.strictObject({
  cadreId: z.uuid('must be a cadre id'),
  enrolledOn: date.optional().describe('Today if absent.'),
});

/** POST /api/v1/courses/:id/enrolments/unit */
export const enrolUnitBody = z.strictObject({
  unitId: z.uuid('must be a unit id').describe('Every cadre whose record is at this unit.'),
  enrolledOn: date.optional().describe('Today if absent.'),
});

const cadreId = z.uuid('must be a cadre id');

export const attendBody = z.strictObject({
  cadreId,
  session: z.number().int().min(1),
  attendedOn: date.optional().describe('Today if absent.'),
});

export const withdrawBody = z.strictObject({ cadreId, withdrawnOn: date.optional() });

export const completeBody = z.strictObject({
  cadreId,
  result: z
    .enum(['passed', 'good', 'excellent'], 'must be passed, good or excellent')
    .describe('passed (đạt), good (khá), excellent (giỏi, xuất sắc).'),
  completedOn: date.optional().describe('Today if absent.'),
});

export const quizBody = z.strictObject({
  passMark: z.number().int().min(0).max(100).describe('The score in percent that passes.'),
  questions: z
    .array(
      z.strictObject({
        prompt: text(1000),
        options: z.array(text(500)).min(2).max(8),
        correct: z.number().int().min(0).describe('The right option’s index, from 0.'),
      }),
    )
    .min(1)
    .max(100),
});

/** POST /api/v1/courses/:id/modules */
export const addModuleBody = z.strictObject({
  title: text(200),
  material: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('text'), body: text(100_000) }),
    z.strictObject({ kind: z.literal('link'), url: z.url('must be a link') }),
  ]),
  quiz: quizBody.nullable().default(null),
});

export const progressBody = z.strictObject({
  percent: z.number().int().min(0).max(100).describe('How far she has read, in percent.'),
});

export const answersBody = z.strictObject({
  answers: z
    .array(z.number().int().min(0))
    .min(1)
    .max(100)
    .describe('One option index per question.'),
});

export const courseCommandResult = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1),
  moduleId: z.uuid().optional(),
  certificateId: z.uuid().optional(),
  enrolled: z.array(z.uuid()).optional(),
});

export const learningResult = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1),
  moduleId: z.uuid(),
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  moduleCompleted: z.boolean(),
  courseCompleted: z.boolean(),
  certificateId: z.uuid().nullable(),
});

export type CourseCommandAnswer = z.output<typeof courseCommandResult>;
export type LearningAnswer = z.output<typeof learningResult>;
