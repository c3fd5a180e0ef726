import type {
  CadreEnrolledV1Data,
  CadreWithdrewV1Data,
  CourseCompletedV1Data,
  CourseScheduledV1Data,
  ModuleCompletedV1Data,
  SessionAttendedV1Data,
} from '@vwu/contracts';
import type { DeepReadonly } from '@vwu/platform-decider';
import type { CourseModule } from './course.values';

// A course's stream (course-<courseId>). The data of the published events is the public v1
// contract's; the modules (their material and quiz answers), progress and quiz attempts stay
// inside the service.

export interface CourseScheduled {
  readonly type: 'CourseScheduled';
  readonly data: DeepReadonly<CourseScheduledV1Data>;
}

export interface CadreEnrolled {
  readonly type: 'CadreEnrolled';
  readonly data: DeepReadonly<CadreEnrolledV1Data>;
}

export interface SessionAttended {
  readonly type: 'SessionAttended';
  readonly data: DeepReadonly<SessionAttendedV1Data>;
}

export interface CadreWithdrew {
  readonly type: 'CadreWithdrew';
  readonly data: DeepReadonly<CadreWithdrewV1Data>;
}

export interface CourseCompleted {
  readonly type: 'CourseCompleted';
  readonly data: DeepReadonly<CourseCompletedV1Data>;
}

/** Internal: the module with its material and its quiz's right answers. */
export interface CourseModuleAdded {
  readonly type: 'CourseModuleAdded';
  readonly data: { readonly courseId: string; readonly module: CourseModule };
}

/** Internal: how far she has read a module. */
export interface ModuleProgressRecorded {
  readonly type: 'ModuleProgressRecorded';
  readonly data: {
    readonly courseId: string;
    readonly cadreId: string;
    readonly moduleId: string;
    readonly percent: number;
    readonly recordedOn: string;
  };
}

/** Internal: one attempt at a quiz, its score only (her answers are not kept). */
export interface QuizAnswered {
  readonly type: 'QuizAnswered';
  readonly data: {
    readonly courseId: string;
    readonly cadreId: string;
    readonly moduleId: string;
    readonly score: number;
    readonly passed: boolean;
    readonly answeredOn: string;
  };
}

export interface ModuleCompleted {
  readonly type: 'ModuleCompleted';
  readonly data: DeepReadonly<ModuleCompletedV1Data>;
}

export type CourseEvent =
  | CourseScheduled
  | CadreEnrolled
  | SessionAttended
  | CadreWithdrew
  | CourseCompleted
  | CourseModuleAdded
  | ModuleProgressRecorded
  | QuizAnswered
  | ModuleCompleted;
