import { z } from 'zod';
import { quizBody } from './courses';

// What training-service answers about courses (its CourseDto, LearnerViewDto, CertificateDto).

const completion = z
  .strictObject({ certificateId: z.uuid(), result: z.string(), completedOn: z.iso.date() })
  .nullable();
const progress = z.strictObject({
  percent: z.number(),
  bestScore: z.number().nullable(),
  completedOn: z.iso.date().nullable(),
  score: z.number().nullable(),
});
const material = z.record(z.string(), z.string());

export const certificateView = z.strictObject({
  certificateId: z.uuid(),
  courseId: z.uuid(),
  cadreId: z.uuid(),
  unitId: z.uuid(),
  title: z.string(),
  topic: z.string(),
  form: z.string(),
  result: z.string(),
  completedOn: z.iso.date(),
});

/** A quiz as a reader without cadres:write sees it: no right answer. */
const readerQuiz = z.strictObject({
  passMark: z.number().int(),
  questions: z.array(z.strictObject({ prompt: z.string(), options: z.array(z.string()) })),
});

/**
 * GET /api/v1/courses/:id: the course; its quizzes with their answers for roles with
 * cadres:write (its managers), without them for other readers.
 */
export const courseView = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1),
  unitId: z.uuid(),
  ancestorIds: z.array(z.uuid()),
  title: z.string(),
  topic: z.string(),
  topicLabel: z.strictObject({ vi: z.string(), en: z.string() }).nullable(),
  form: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  capacity: z.number().int(),
  sessions: z.number().int().nullable(),
  seatsTaken: z.number().int(),
  modules: z.array(
    z.strictObject({
      moduleId: z.uuid(),
      title: z.string(),
      material,
      quiz: z.union([quizBody, readerQuiz]).nullable(),
    }),
  ),
  learners: z.array(
    z.strictObject({
      cadreId: z.uuid(),
      enrolledOn: z.iso.date(),
      withdrawnOn: z.iso.date().nullable(),
      attended: z.array(z.number().int()),
      modules: z.record(z.string(), progress),
      completion,
    }),
  ),
  certificates: z.array(certificateView),
});

/** GET /api/v1/courses/:id/learners/:cadreId: her view; questions and options, no answers. */
export const learnerView = z.strictObject({
  courseId: z.uuid(),
  cadreId: z.uuid(),
  title: z.string(),
  topic: z.string(),
  form: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  enrolledOn: z.iso.date(),
  withdrawnOn: z.iso.date().nullable(),
  completion,
  modules: z.array(
    z.strictObject({
      moduleId: z.uuid(),
      title: z.string(),
      material,
      quiz: z
        .strictObject({
          passMark: z.number().int(),
          questions: z.array(z.strictObject({ prompt: z.string(), options: z.array(z.string()) })),
        })
        .nullable(),
      progress,
    }),
  ),
});

export type CourseView = z.output<typeof courseView>;
export type LearnerView = z.output<typeof learnerView>;
export type CertificateView = z.output<typeof certificateView>;
