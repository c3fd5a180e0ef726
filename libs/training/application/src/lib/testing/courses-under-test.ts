// Test support for the course handlers' unit tests: on the cadres' in-memory store.
import { courseDecider, type CadreUnitFacts } from '@vwu/training-domain';
import type { Actor } from '@vwu/platform-auth';
import { CommandHandler } from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import { ChangeCourseHandler } from '../courses/change-course.handler';
import { ChangeCourseCommand, ScheduleCourseCommand } from '../courses/course.commands';
import {
  GetCertificateHandler,
  GetCourseHandler,
  GetLearnerViewHandler,
} from '../courses/course-queries';
import { CadreDirectory, CourseWorkspace } from '../courses/course-workspace';
import { EnrolCadresHandler } from '../courses/enrol-cadres.handler';
import { LearnHandler } from '../courses/learn.handler';
import { ScheduleCourseHandler } from '../courses/schedule-course.handler';
import type { Catalogue } from '../catalogue';
import { TrainingUnits } from '../ports';
import { cadresUnderTest, CITY, officer, OTHER_WARD, WARD } from './cadres-under-test';

/** The directory as the test places cadres in it (the service's is fed by its topic). */
class PlacedCadres extends CadreDirectory {
  readonly placed = new Map<string, string[]>();

  place(unitId: string, cadreId: string): void {
    this.placed.set(unitId, [...(this.placed.get(unitId) ?? []), cadreId]);
  }

  atUnit(unitId: string): Promise<string[]> {
    return Promise.resolve(this.placed.get(unitId) ?? []);
  }
}

/** The city and its two wards, as the cadres' tests know them. */
class Wards extends TrainingUnits {
  facts(unitId: string): Promise<CadreUnitFacts> {
    const known: Record<string, CadreUnitFacts> = {
      [CITY]: { unitId, kind: 'province', ancestorIds: [], active: true },
      [WARD]: { unitId, kind: 'grassroots', ancestorIds: [CITY], active: true },
      [OTHER_WARD]: { unitId, kind: 'grassroots', ancestorIds: [CITY], active: true },
    };
    return Promise.resolve(known[unitId] ?? { unitId, kind: '', ancestorIds: [], active: false });
  }
}

export function coursesUnderTest(catalogue?: Catalogue) {
  const t = cadresUnderTest(catalogue);
  const courses = new CourseWorkspace(t.store, {
    handler: new CommandHandler(t.store, courseDecider),
  });
  const directory = new PlacedCadres();
  const units = new Wards();
  return {
    ...t,
    courses,
    directory,
    schedule: new ScheduleCourseHandler(courses, units, t.catalogue),
    enrol: new EnrolCadresHandler(courses, t.cadres, directory, units),
    change: new ChangeCourseHandler(courses),
    learn: new LearnHandler(courses),
    getCourse: new GetCourseHandler(courses, t.catalogue),
    getCertificate: new GetCertificateHandler(courses),
    learnerView: new GetLearnerViewHandler(courses),
  };
}

export type CoursesUnderTest = ReturnType<typeof coursesUnderTest>;

/** A learner's token: her cadre id as `sub`. */
export const learner = (cadreId: string): Actor => ({
  userId: cadreId,
  roles: ['learner'],
  scopeUnitId: WARD,
  correlationId: 'req-2',
});

/** Schedules a course at the ward, open from 2024 to 2099, and returns its id. */
export async function scheduled(t: CoursesUnderTest, form: 'in-person' | 'online', capacity = 5) {
  const courseId = randomUUID();
  const input = {
    unitId: WARD,
    title: 'Chuyển đổi số',
    topic: 'it-digital-transformation',
    form,
    startsOn: '2024-01-01',
    endsOn: '2099-12-31',
    capacity,
    sessions: form === 'online' ? null : 2,
  };
  await t.schedule.execute(new ScheduleCourseCommand(input, officer(CITY), courseId));
  return courseId;
}

/** Adds a module with one question whose right answer is option 2, pass mark 100. */
export async function quizModule(t: CoursesUnderTest, courseId: string): Promise<string> {
  const change = {
    type: 'AddModule',
    title: 'Bảo mật',
    material: { kind: 'text', body: 'Mật khẩu mạnh.' },
    quiz: {
      passMark: 100,
      questions: [{ prompt: 'Mật khẩu mạnh?', options: ['123', 'abc', 'x7!Q'], correct: 2 }],
    },
  } as const;
  const added = await t.change.execute(new ChangeCourseCommand(courseId, change, officer(CITY)));
  return added.moduleId!;
}
