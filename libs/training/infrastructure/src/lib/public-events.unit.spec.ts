import { parseEventData, PUBLIC_EVENTS, type PublicEventType } from '@vwu/contracts';
import { positionCode, scheduleCourseBody } from '@vwu/internal-api';
import {
  DEFAULT_COURSE_TOPICS,
  DEFAULT_POSITION_CATALOGUE,
  type CadreEvent,
  type CourseEvent,
} from '@vwu/training-domain';
import { trainingPublicEvents } from './public-events';

const CADRE = '9f0c1a2b-3c4d-4e5f-8a9b-000000000001';
const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
const OTHER = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a2';
const CITY = '00000000-0000-4000-8000-000000000001';
const POST = 'c1000000-0000-4000-8000-000000000001';
const POST2 = 'c1000000-0000-4000-8000-000000000002';
const SEALED = 'v1.aXYxMjM0NTY3ODkw.c2VhbGVkLXBlcnNvbmFsLWRhdGE';

const COURSE = 'c0000000-0000-4000-8000-000000000001';
const MODULE = 'd0000000-0000-4000-8000-000000000001';
const CERTIFICATE = 'ce000000-0000-4000-8000-000000000001';
/** The quiz's right option and her reading: text that no published event may carry. */
const RIGHT_OPTION = 'x7!Qe9#rT2-right-option';
const MATERIAL = 'Mật khẩu mạnh, xác thực hai lớp: the module body';
const course = { courseId: COURSE, cadreId: CADRE };

/** One of every internal course event, as the store keeps them. */
const COURSE_EVENTS: CourseEvent[] = [
  {
    type: 'CourseScheduled',
    data: {
      courseId: COURSE,
      unitId: WARD,
      ancestorIds: [CITY],
      title: 'Chuyển đổi số cho cán bộ Hội',
      topic: 'it-digital-transformation',
      form: 'online',
      startsOn: '2025-09-01',
      endsOn: '2025-12-31',
      capacity: 30,
      sessions: null,
    },
  },
  {
    type: 'CourseModuleAdded',
    data: {
      courseId: COURSE,
      module: {
        moduleId: MODULE,
        title: 'Bảo mật',
        material: { kind: 'text', body: MATERIAL },
        quiz: {
          passMark: 50,
          questions: [{ prompt: 'Mật khẩu mạnh?', options: ['123456', RIGHT_OPTION], correct: 1 }],
        },
      },
    },
  },
  { type: 'CadreEnrolled', data: { ...course, enrolledOn: '2025-09-01' } },
  { type: 'SessionAttended', data: { ...course, session: 1, attendedOn: '2025-09-02' } },
  {
    type: 'ModuleProgressRecorded',
    data: { ...course, moduleId: MODULE, percent: 60, recordedOn: '2025-09-03' },
  },
  {
    type: 'QuizAnswered',
    data: { ...course, moduleId: MODULE, score: 100, passed: true, answeredOn: '2025-09-03' },
  },
  {
    type: 'ModuleCompleted',
    data: { ...course, moduleId: MODULE, completedOn: '2025-09-03', score: 100 },
  },
  {
    type: 'CourseCompleted',
    data: {
      ...course,
      completedOn: '2025-09-03',
      result: 'excellent',
      certificateId: CERTIFICATE,
      topic: 'it-digital-transformation',
      form: 'online',
    },
  },
  { type: 'CadreWithdrew', data: { ...course, withdrawnOn: '2025-09-04' } },
];

/** One of every internal event, as the store keeps them. */
const EVENTS: (CadreEvent | CourseEvent)[] = [
  {
    type: 'CadreRegistered',
    data: {
      cadreId: CADRE,
      unitId: WARD,
      ancestorIds: [CITY],
      memberId: null,
      birthYear: 1986,
      registeredOn: '2024-01-10',
      personal: SEALED,
    },
  },
  {
    type: 'CadreQualificationRecorded',
    data: { cadreId: CADRE, fact: 'education', value: 'master', since: '2012-06-30' },
  },
  {
    type: 'CadreAppointed',
    data: {
      cadreId: CADRE,
      postId: POST,
      unitId: WARD,
      ancestorIds: [CITY],
      unitKind: 'grassroots',
      position: 'chairwoman',
      appointedOn: '2024-02-01',
    },
  },
  {
    type: 'CadreRotated',
    data: {
      cadreId: CADRE,
      endedPostId: POST,
      fromUnitId: WARD,
      fromPosition: 'chairwoman',
      postId: POST2,
      unitId: OTHER,
      ancestorIds: [CITY],
      unitKind: 'grassroots',
      position: 'chairwoman',
      rotatedOn: '2025-07-01',
    },
  },
  {
    type: 'CadrePostEnded',
    data: {
      cadreId: CADRE,
      postId: POST2,
      unitId: OTHER,
      position: 'chairwoman',
      endedOn: '2026-01-01',
      reason: 'term-ended',
    },
  },
  {
    type: 'CadreRecordMoved',
    data: {
      cadreId: CADRE,
      fromUnitId: OTHER,
      unitId: WARD,
      ancestorIds: [CITY],
      movedOn: '2026-01-15',
    },
  },
  { type: 'CadreErased', data: { cadreId: CADRE, erasedOn: '2026-02-01' } },
  {
    type: 'CadreAwarded',
    data: { cadreId: CADRE, award: 'good-grassroots-cadre', year: 2025, unitId: WARD },
  },
  {
    type: 'CadreSuccessionPlanned',
    data: {
      cadreId: CADRE,
      unitId: WARD,
      ancestorIds: [CITY],
      position: 'chairwoman',
      term: '2026-2031',
    },
  },
  ...COURSE_EVENTS,
];

const published = EVENTS.map((event, i) => {
  const found = trainingPublicEvents({ ...event, eventId: `e-${i}`, version: i + 1 });
  return found && parseEventData(found.type as PublicEventType, found.data);
});

describe('training events on Kafka', () => {
  it('publishes every cadre and course event but those that stay inside, each valid', () => {
    const types = EVENTS.flatMap(
      (e, i) => trainingPublicEvents({ ...e, eventId: `e-${i}`, version: 1 })?.type ?? [],
    );
    const training = Object.keys(PUBLIC_EVENTS).filter((t) => t.startsWith('vn.vwu.training.'));
    expect(types.sort()).toEqual(training.sort());
    const inside = EVENTS.filter((_, i) => published[i] === undefined).map((e) => e.type);
    expect(inside).toEqual(['CourseModuleAdded', 'ModuleProgressRecorded', 'QuizAnswered']);
  });

  it('never carries a module, its material or a quiz answer, even before the schemas', () => {
    const raw = EVENTS.map((e, i) => trainingPublicEvents({ ...e, eventId: `e-${i}`, version: 1 }));
    const text = JSON.stringify([raw, published]);
    for (const hidden of [RIGHT_OPTION, MATERIAL, 'correct', 'passMark', 'percent'])
      expect(text).not.toContain(hidden);
    expect(published.at(-2)).toEqual({
      ...course,
      completedOn: '2025-09-03',
      result: 'excellent',
      certificateId: CERTIFICATE,
      topic: 'it-digital-transformation',
      form: 'online',
    });
  });

  it('never carries her sealed personal data', () => {
    const text = JSON.stringify(published);
    expect(text).not.toContain(SEALED);
    expect(text).not.toContain('personal"');
    expect(published[0]).toEqual({
      cadreId: CADRE,
      unitId: WARD,
      ancestorIds: [CITY],
      memberId: null,
      birthYear: 1986,
      registeredOn: '2024-01-10',
    });
  });

  it("names every position and topic of the default catalogue in the API's description", () => {
    const positions = positionCode.description ?? '';
    const topics = scheduleCourseBody.shape.topic.description ?? '';
    for (const code of Object.keys(DEFAULT_POSITION_CATALOGUE))
      expect(positions).toContain(`${code} (`);
    for (const code of Object.keys(DEFAULT_COURSE_TOPICS)) expect(topics).toContain(code);
  });
});
