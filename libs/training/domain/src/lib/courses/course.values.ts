import type { Label } from '../cadre.values';

/**
 * The topics (chủ đề) of courses as the platform ships them: like the positions, a deployment
 * may load another catalogue.
 */
export const DEFAULT_COURSE_TOPICS: Readonly<Record<string, Label>> = {
  'union-work-skills': { vi: 'Nghiệp vụ công tác Hội', en: 'Union work skills' },
  'mobilisation-communication': {
    vi: 'Kỹ năng dân vận, truyền thông',
    en: 'Mobilisation and communication',
  },
  'it-digital-transformation': {
    vi: 'Công nghệ thông tin, chuyển đổi số',
    en: 'IT and digital transformation',
  },
  'data-analysis': { vi: 'Phân tích dữ liệu', en: 'Data analysis' },
  'political-theory': { vi: 'Lý luận chính trị', en: 'Political theory' },
  law: { vi: 'Pháp luật', en: 'Law' },
  'social-work': { vi: 'Công tác xã hội', en: 'Social work' },
  other: { vi: 'Khác', en: 'Other' },
};

export const COURSE_FORMS = ['in-person', 'online'] as const;
export type CourseForm = (typeof COURSE_FORMS)[number];

export const COURSE_RESULTS = ['passed', 'good', 'excellent'] as const;
export type CourseResult = (typeof COURSE_RESULTS)[number];

/** A module's material: a body of text, or a link to it. */
export type ModuleMaterial =
  | { readonly kind: 'text'; readonly body: string }
  | { readonly kind: 'link'; readonly url: string };

export interface QuizQuestion {
  readonly prompt: string;
  readonly options: readonly string[];
  /** The index of the right option: never leaves the service, never reaches a learner. */
  readonly correct: number;
}

export interface Quiz {
  /** The score in percent from which the quiz is passed. */
  readonly passMark: number;
  readonly questions: readonly QuizQuestion[];
}

export interface CourseModule {
  readonly moduleId: string;
  readonly title: string;
  readonly material: ModuleMaterial;
  readonly quiz: Quiz | null;
}

/** Her score in percent, rounded down: the share of questions answered right. */
export function quizScore(quiz: Quiz, answers: readonly number[]): number {
  const right = quiz.questions.filter((q, i) => answers[i] === q.correct).length;
  return Math.floor((100 * right) / quiz.questions.length);
}

/**
 * An online course's result from her quiz scores: excellent from 90 on average, good from 75,
 * passed otherwise (and for a course without quizzes).
 */
export function onlineResult(scores: readonly number[]): CourseResult {
  if (scores.length === 0) return 'passed';
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  if (mean >= 90) return 'excellent';
  return mean >= 75 ? 'good' : 'passed';
}
