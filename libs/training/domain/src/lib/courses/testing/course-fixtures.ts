import type { ScheduleCourse } from '../course.commands';
import type { CourseEvent, CourseModuleAdded, CourseScheduled } from '../course.events';
import type { CourseModule } from '../course.values';
import { DEFAULT_TRAINING_CATALOGUE } from '../../training-catalogue';
import { ID as CADRES, TODAY, WARD } from '../../testing/cadre-fixtures';

/** Ids for the course decider's tests, beside the cadre fixtures' tree. */
export const ID = {
  ...CADRES,
  course: 'c0000000-0000-4000-8000-000000000001',
  lan: 'a0000000-0000-4000-8000-000000000001',
  hoa: 'a0000000-0000-4000-8000-000000000002',
  mai: 'a0000000-0000-4000-8000-000000000003',
  certificate: 'ce000000-0000-4000-8000-000000000001',
  module1: 'd0000000-0000-4000-8000-000000000001',
  module2: 'd0000000-0000-4000-8000-000000000002',
} as const;

export { TODAY };

export const SCHEDULE: ScheduleCourse = {
  type: 'ScheduleCourse',
  courseId: ID.course,
  unit: WARD,
  title: 'Kỹ năng chuyển đổi số cho cán bộ Hội',
  topic: 'it-digital-transformation',
  topicDefinition: DEFAULT_TRAINING_CATALOGUE.topics['it-digital-transformation'],
  form: 'in-person',
  startsOn: '2025-09-01',
  endsOn: '2025-09-30',
  capacity: 2,
  sessions: 3,
};

export const SCHEDULED: CourseScheduled = {
  type: 'CourseScheduled',
  data: {
    courseId: ID.course,
    unitId: ID.ward,
    ancestorIds: [ID.city],
    title: 'Kỹ năng chuyển đổi số cho cán bộ Hội',
    topic: 'it-digital-transformation',
    form: 'in-person',
    startsOn: '2025-09-01',
    endsOn: '2025-09-30',
    capacity: 2,
    sessions: 3,
  },
};

export const ONLINE: CourseScheduled = {
  type: 'CourseScheduled',
  data: { ...SCHEDULED.data, form: 'online', sessions: null, endsOn: '2025-12-31' },
};

export const enrolled = (cadreId: string, enrolledOn = '2025-08-20'): CourseEvent => ({
  type: 'CadreEnrolled',
  data: { courseId: ID.course, cadreId, enrolledOn },
});

/** Two questions, 50 to pass: the right answers are 1 and 0. */
export const QUIZ_MODULE: CourseModule = {
  moduleId: ID.module1,
  title: 'Bảo mật dữ liệu',
  material: { kind: 'text', body: 'Mật khẩu mạnh, xác thực hai lớp.' },
  quiz: {
    passMark: 50,
    questions: [
      { prompt: 'Mật khẩu mạnh?', options: ['123456', 'x7!Qe9#rT2'], correct: 1 },
      { prompt: 'Xác thực hai lớp?', options: ['Nên bật', 'Không cần'], correct: 0 },
    ],
  },
};

export const READING_MODULE: CourseModule = {
  moduleId: ID.module2,
  title: 'Tài liệu tham khảo',
  material: { kind: 'link', url: 'https://example.vn/tai-lieu.pdf' },
  quiz: null,
};

export const moduleAdded = (module: CourseModule): CourseModuleAdded => ({
  type: 'CourseModuleAdded',
  data: { courseId: ID.course, module },
});
