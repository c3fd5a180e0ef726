import type { Actor } from '@vwu/platform-auth';
import type { ModuleMaterial, Quiz } from '@vwu/training-domain';

export interface ScheduleCourseInput {
  readonly unitId: string;
  readonly title: string;
  readonly topic: string;
  readonly form: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly capacity: number;
  readonly sessions: number | null;
}

/** Mở lớp đào tạo, bồi dưỡng: at a unit of the actor's scope. */
export class ScheduleCourseCommand {
  constructor(
    readonly input: ScheduleCourseInput,
    readonly actor: Actor,
    readonly courseId: string,
  ) {}
}

/** Ghi danh: one cadre (`cadreId`) or every cadre whose record is at a unit (`unitId`). */
export type EnrolmentInput =
  | { readonly cadreId: string; readonly enrolledOn: string }
  | { readonly unitId: string; readonly enrolledOn: string };

export class EnrolCadresCommand {
  constructor(
    readonly courseId: string,
    readonly input: EnrolmentInput,
    readonly actor: Actor,
  ) {}
}

/** What a course's managers record of a learner, or add to an online course. */
export type CourseChange =
  | {
      readonly type: 'RecordAttendance';
      readonly cadreId: string;
      readonly session: number;
      readonly attendedOn: string;
    }
  | { readonly type: 'WithdrawCadre'; readonly cadreId: string; readonly withdrawnOn: string }
  | {
      readonly type: 'CompleteCourse';
      readonly cadreId: string;
      readonly result: string;
      readonly completedOn: string;
    }
  | {
      readonly type: 'AddModule';
      readonly title: string;
      readonly material: ModuleMaterial;
      readonly quiz: Quiz | null;
    };

export class ChangeCourseCommand {
  constructor(
    readonly courseId: string,
    readonly change: CourseChange,
    readonly actor: Actor,
  ) {}
}

/** What a learner does herself in an online course. */
export type LearningStep =
  | { readonly type: 'RecordModuleProgress'; readonly moduleId: string; readonly percent: number }
  | { readonly type: 'AnswerQuiz'; readonly moduleId: string; readonly answers: readonly number[] };

export class LearnCommand {
  constructor(
    readonly courseId: string,
    readonly cadreId: string,
    readonly step: LearningStep,
    readonly actor: Actor,
  ) {}
}

export class GetCourseQuery {
  constructor(
    readonly courseId: string,
    readonly actor: Actor,
  ) {}
}

export class GetLearnerViewQuery {
  constructor(
    readonly courseId: string,
    readonly cadreId: string,
    readonly actor: Actor,
  ) {}
}

export class GetCertificateQuery {
  constructor(
    readonly courseId: string,
    readonly certificateId: string,
    readonly actor: Actor,
  ) {}
}
