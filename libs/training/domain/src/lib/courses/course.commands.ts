import type { CalendarDate } from '@vwu/platform-decider';
import type { CadreUnitFacts } from '../cadre.commands';
import type { TopicDefinition } from '../training-catalogue';
import type { CourseModule } from './course.values';

/** Mở lớp: a course run by an active unit; sessions for an in-person course only. */
export interface ScheduleCourse {
  readonly type: 'ScheduleCourse';
  readonly courseId: string;
  readonly unit: CadreUnitFacts;
  readonly title: string;
  readonly topic: string;
  /** The catalogue's word on the topic (undefined for a topic it does not know). */
  readonly topicDefinition: TopicDefinition | undefined;
  readonly form: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly capacity: number;
  readonly sessions: number | null;
}

/** A cadre as her own stream says she is now (read by the application before enrolment). */
export interface Enrolee {
  readonly cadreId: string;
  readonly status: 'none' | 'registered';
  readonly erased: boolean;
}

/** One cadre, or a unit's cadres at once: all of them or none. */
export interface EnrolCadres {
  readonly type: 'EnrolCadres';
  readonly courseId: string;
  readonly enrolees: readonly Enrolee[];
  readonly enrolledOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface RecordAttendance {
  readonly type: 'RecordAttendance';
  readonly courseId: string;
  readonly cadreId: string;
  readonly session: number;
  readonly attendedOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface WithdrawCadre {
  readonly type: 'WithdrawCadre';
  readonly courseId: string;
  readonly cadreId: string;
  readonly withdrawnOn: CalendarDate;
  readonly today: CalendarDate;
}

/** An in-person course's completion, with its result; the certificate's id is the caller's. */
export interface CompleteCourse {
  readonly type: 'CompleteCourse';
  readonly courseId: string;
  readonly cadreId: string;
  readonly result: string;
  readonly certificateId: string;
  readonly completedOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface AddModule {
  readonly type: 'AddModule';
  readonly courseId: string;
  readonly module: CourseModule;
}

/** How far she has read a module, in percent: 100 completes a module without a quiz. */
export interface RecordModuleProgress {
  readonly type: 'RecordModuleProgress';
  readonly courseId: string;
  readonly cadreId: string;
  readonly moduleId: string;
  readonly percent: number;
  /** The certificate's id, should this completion complete the course. */
  readonly certificateId: string;
  readonly today: CalendarDate;
}

/** Her answers to a module's quiz, one option index per question, scored here. */
export interface AnswerQuiz {
  readonly type: 'AnswerQuiz';
  readonly courseId: string;
  readonly cadreId: string;
  readonly moduleId: string;
  readonly answers: readonly number[];
  /** The certificate's id, should this answer complete the course. */
  readonly certificateId: string;
  readonly today: CalendarDate;
}

export type CourseCommand =
  | ScheduleCourse
  | EnrolCadres
  | RecordAttendance
  | WithdrawCadre
  | CompleteCourse
  | AddModule
  | RecordModuleProgress
  | AnswerQuiz;
