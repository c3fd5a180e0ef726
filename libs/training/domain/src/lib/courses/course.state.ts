import { unreachable, type CalendarDate } from '@vwu/platform-decider';
import type { CourseEvent, CourseScheduled } from './course.events';
import type { CourseForm, CourseModule, CourseResult } from './course.values';

export interface ModuleProgress {
  readonly percent: number;
  /** Her best quiz score, null before any attempt (or for a module without a quiz). */
  readonly bestScore: number | null;
  readonly completedOn: CalendarDate | null;
  /** The score the completion recorded. */
  readonly score: number | null;
}

export interface Completion {
  readonly certificateId: string;
  readonly result: CourseResult;
  readonly completedOn: CalendarDate;
}

export interface Learner {
  readonly cadreId: string;
  readonly enrolledOn: CalendarDate;
  readonly withdrawnOn: CalendarDate | null;
  /** The sessions she attended, in order. */
  readonly attended: readonly number[];
  readonly modules: Readonly<Record<string, ModuleProgress>>;
  readonly completion: Completion | null;
}

export interface CourseRecord {
  readonly status: 'scheduled';
  readonly courseId: string;
  readonly unitId: string;
  readonly ancestorIds: readonly string[];
  readonly title: string;
  readonly topic: string;
  readonly form: CourseForm;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly capacity: number;
  readonly sessions: number | null;
  /** In the order they were added. */
  readonly modules: readonly CourseModule[];
  readonly learners: Readonly<Record<string, Learner>>;
}

export type CourseState = { readonly status: 'none' } | CourseRecord;

export function initialCourseState(): CourseState {
  return { status: 'none' };
}

const NO_PROGRESS: ModuleProgress = { percent: 0, bestScore: null, completedOn: null, score: null };

/** Those enrolled and not withdrawn: the seats taken. */
export function seatsTaken(course: CourseRecord): number {
  return Object.values(course.learners).filter((l) => l.withdrawnOn === null).length;
}

export function progressOf(learner: Learner, moduleId: string): ModuleProgress {
  return learner.modules[moduleId] ?? NO_PROGRESS;
}

function withLearner(
  course: CourseRecord,
  cadreId: string,
  change: (learner: Learner) => Learner,
): CourseRecord {
  const learner = course.learners[cadreId];
  return learner
    ? { ...course, learners: { ...course.learners, [cadreId]: change(learner) } }
    : course;
}

function withModule(
  course: CourseRecord,
  cadreId: string,
  moduleId: string,
  change: (progress: ModuleProgress) => ModuleProgress,
): CourseRecord {
  return withLearner(course, cadreId, (l) => ({
    ...l,
    modules: { ...l.modules, [moduleId]: change(progressOf(l, moduleId)) },
  }));
}

function scheduled({ data }: CourseScheduled): CourseRecord {
  return { status: 'scheduled', ...data, modules: [], learners: {} };
}

type OnlineEvent = Extract<
  CourseEvent,
  {
    readonly type:
      'CourseModuleAdded' | 'ModuleProgressRecorded' | 'QuizAnswered' | 'ModuleCompleted';
  }
>;
type LearnerEvent = Exclude<CourseEvent, CourseScheduled | OnlineEvent>;

const ONLINE_EVENTS: ReadonlySet<string> = new Set<OnlineEvent['type']>([
  'CourseModuleAdded',
  'ModuleProgressRecorded',
  'QuizAnswered',
  'ModuleCompleted',
]);

function isOnline(event: CourseEvent): event is OnlineEvent {
  return ONLINE_EVENTS.has(event.type);
}

function evolveLearners(state: CourseRecord, event: LearnerEvent): CourseRecord {
  switch (event.type) {
    case 'CadreEnrolled': {
      const { cadreId, enrolledOn } = event.data;
      const learner = {
        cadreId,
        enrolledOn,
        withdrawnOn: null,
        attended: [],
        modules: {},
        completion: null,
      };
      return { ...state, learners: { ...state.learners, [cadreId]: learner } };
    }
    case 'SessionAttended':
      return withLearner(state, event.data.cadreId, (l) => ({
        ...l,
        attended: [...new Set([...l.attended, event.data.session])].sort((a, b) => a - b),
      }));
    case 'CadreWithdrew':
      return withLearner(state, event.data.cadreId, (l) => ({
        ...l,
        withdrawnOn: event.data.withdrawnOn,
      }));
    case 'CourseCompleted': {
      const { cadreId, certificateId, result, completedOn } = event.data;
      return withLearner(state, cadreId, (l) => ({
        ...l,
        completion: { certificateId, result, completedOn },
      }));
    }
    default:
      return unreachable(event);
  }
}

function evolveOnline(state: CourseRecord, event: OnlineEvent): CourseRecord {
  switch (event.type) {
    case 'CourseModuleAdded':
      return { ...state, modules: [...state.modules, event.data.module] };
    case 'ModuleProgressRecorded': {
      const { cadreId, moduleId, percent } = event.data;
      return withModule(state, cadreId, moduleId, (p) => ({
        ...p,
        percent: Math.max(p.percent, percent),
      }));
    }
    case 'QuizAnswered': {
      const { cadreId, moduleId, score } = event.data;
      return withModule(state, cadreId, moduleId, (p) => ({
        ...p,
        bestScore: Math.max(p.bestScore ?? 0, score),
      }));
    }
    case 'ModuleCompleted': {
      const { cadreId, moduleId, completedOn, score } = event.data;
      return withModule(state, cadreId, moduleId, (p) => ({
        ...p,
        percent: 100,
        completedOn,
        score,
      }));
    }
    default:
      return unreachable(event);
  }
}

export function evolveCourse(state: CourseState, event: CourseEvent): CourseState {
  if (event.type === 'CourseScheduled') return scheduled(event);
  if (state.status === 'none') return state;
  return isOnline(event) ? evolveOnline(state, event) : evolveLearners(state, event);
}
