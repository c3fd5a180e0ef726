import {
  CertificateNotFoundError,
  progressOf,
  seatsTaken,
  type Completion,
  type CourseModule,
  type CourseRecord,
  type Label,
  type Learner,
  type ModuleMaterial,
  type ModuleProgress,
} from '@vwu/training-domain';

/** A course as its managers read it (GET /api/v1/courses/{id}), quizzes and answers included. */
export interface CourseDto {
  readonly id: string;
  readonly version: number;
  readonly unitId: string;
  readonly ancestorIds: readonly string[];
  readonly title: string;
  readonly topic: string;
  readonly topicLabel: Label | null;
  readonly form: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly capacity: number;
  readonly sessions: number | null;
  readonly seatsTaken: number;
  readonly modules: readonly (CourseModule | ReaderModule)[];
  readonly learners: readonly Learner[];
  readonly certificates: readonly CertificateDto[];
}

export interface CertificateDto {
  readonly certificateId: string;
  readonly courseId: string;
  readonly cadreId: string;
  readonly unitId: string;
  readonly title: string;
  readonly topic: string;
  readonly form: string;
  readonly result: string;
  readonly completedOn: string;
}

/** A module as a reader without cadres:write sees it: the quiz's questions, not its answers. */
export type ReaderModule = Omit<CourseModule, 'quiz'> & {
  readonly quiz: {
    readonly passMark: number;
    readonly questions: readonly { readonly prompt: string; readonly options: readonly string[] }[];
  } | null;
};

export function withoutAnswers(module: CourseModule | ReaderModule): ReaderModule {
  const { quiz } = module;
  return {
    ...module,
    quiz: quiz && {
      passMark: quiz.passMark,
      questions: quiz.questions.map(({ prompt, options }) => ({ prompt, options })),
    },
  };
}

/** A module as a learner sees it: its questions and options, never the right answers. */
export interface LearnerModuleDto {
  readonly moduleId: string;
  readonly title: string;
  readonly material: ModuleMaterial;
  readonly quiz: {
    readonly passMark: number;
    readonly questions: readonly { readonly prompt: string; readonly options: readonly string[] }[];
  } | null;
  readonly progress: ModuleProgress;
}

export interface LearnerViewDto {
  readonly courseId: string;
  readonly cadreId: string;
  readonly title: string;
  readonly topic: string;
  readonly form: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly enrolledOn: string;
  readonly withdrawnOn: string | null;
  readonly completion: Completion | null;
  readonly modules: readonly LearnerModuleDto[];
}

export function certificatesOf(course: CourseRecord): CertificateDto[] {
  const { courseId, unitId, title, topic, form } = course;
  return Object.values(course.learners).flatMap(({ cadreId, completion }) =>
    completion ? [{ ...completion, courseId, cadreId, unitId, title, topic, form }] : [],
  );
}

export function certificateOf(course: CourseRecord, certificateId: string): CertificateDto {
  const found = certificatesOf(course).find((c) => c.certificateId === certificateId);
  if (!found) throw new CertificateNotFoundError(certificateId);
  return found;
}

/** The course in full; its topic's label from the catalogue (null for a topic it dropped). */
export function courseView(
  course: CourseRecord,
  version: number,
  topicLabel: Label | null,
): CourseDto {
  const {
    courseId,
    unitId,
    ancestorIds,
    title,
    topic,
    form,
    startsOn,
    endsOn,
    capacity,
    sessions,
  } = course;
  return {
    id: courseId,
    version,
    unitId,
    ancestorIds,
    title,
    topic,
    topicLabel,
    form,
    startsOn,
    endsOn,
    capacity,
    sessions,
    seatsTaken: seatsTaken(course),
    modules: course.modules,
    learners: Object.values(course.learners),
    certificates: certificatesOf(course),
  };
}

/** Built field by field: nothing of a quiz but its questions' prompts and options. */
function learnerModule(module: CourseModule, learner: Learner): LearnerModuleDto {
  const { moduleId, title, material, quiz } = module;
  return {
    moduleId,
    title,
    material,
    quiz: quiz && {
      passMark: quiz.passMark,
      questions: quiz.questions.map(({ prompt, options }) => ({ prompt, options })),
    },
    progress: progressOf(learner, moduleId),
  };
}

export function learnerView(course: CourseRecord, learner: Learner): LearnerViewDto {
  const { courseId, title, topic, form, startsOn, endsOn } = course;
  const { cadreId, enrolledOn, withdrawnOn, completion } = learner;
  return {
    courseId,
    cadreId,
    title,
    topic,
    form,
    startsOn,
    endsOn,
    enrolledOn,
    withdrawnOn,
    completion,
    modules: course.modules.map((m) => learnerModule(m, learner)),
  };
}
