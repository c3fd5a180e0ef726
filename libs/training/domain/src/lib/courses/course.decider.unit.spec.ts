import { deciderSpec } from '@vwu/platform-testing';
import { UnitNotActiveError } from '../cadre.errors';
import { WARD } from '../testing/cadre-fixtures';
import { courseDecider } from './course.decider';
import {
  AlreadyCompletedError,
  CourseExistsError,
  CourseFormError,
  EnrolmentRefusedError,
  InvalidCourseInputError,
  ModuleNotFoundError,
  NotEnrolledError,
  WithdrawnError,
} from './course.errors';
import type { CourseEvent } from './course.events';
import {
  enrolled,
  ID,
  moduleAdded,
  ONLINE,
  QUIZ_MODULE,
  READING_MODULE,
  SCHEDULE,
  SCHEDULED,
  TODAY,
} from './testing/course-fixtures';

const spec = deciderSpec(courseDecider);
const registered = (cadreId: string, erased = false) =>
  ({ cadreId, status: 'registered', erased }) as const;
const enrol = (
  ...enrolees: { cadreId: string; status: 'none' | 'registered'; erased: boolean }[]
) =>
  ({
    type: 'EnrolCadres',
    courseId: ID.course,
    enrolees,
    enrolledOn: '2025-08-20',
    today: TODAY,
  }) as const;
const complete = (cadreId: string, completedOn = '2025-09-30') =>
  ({
    type: 'CompleteCourse',
    courseId: ID.course,
    cadreId,
    result: 'good',
    certificateId: ID.certificate,
    completedOn,
    today: TODAY,
  }) as const;
const withdrew: CourseEvent = {
  type: 'CadreWithdrew',
  data: { courseId: ID.course, cadreId: ID.lan, withdrawnOn: '2025-09-05' },
};

describe('scheduling a course', () => {
  it('schedules it at an active unit, once', () => {
    spec.given([]).when(SCHEDULE).then([SCHEDULED]);
    spec.given([SCHEDULED]).when(SCHEDULE).thenThrows(CourseExistsError);
    spec
      .given([])
      .when({ ...SCHEDULE, unit: { ...WARD, active: false } })
      .thenThrows(UnitNotActiveError);
  });

  it('refuses dates out of order, an unknown topic, and sessions that do not fit the form', () => {
    spec
      .given([])
      .when({ ...SCHEDULE, endsOn: '2025-08-31' })
      .thenThrows(InvalidCourseInputError, { code: 'training.course-invalid' });
    spec
      .given([])
      .when({ ...SCHEDULE, startsOn: '2025-02-30' })
      .thenThrows(InvalidCourseInputError);
    spec
      .given([])
      .when({ ...SCHEDULE, topic: 'cooking', topicDefinition: undefined })
      .thenThrows(InvalidCourseInputError);
    spec
      .given([])
      .when({ ...SCHEDULE, sessions: null })
      .thenThrows(InvalidCourseInputError);
    spec
      .given([])
      .when({ ...SCHEDULE, capacity: 0 })
      .thenThrows(InvalidCourseInputError);
    spec
      .given([])
      .when({ ...SCHEDULE, form: 'online' })
      .thenThrows(CourseFormError, { code: 'training.course-form' });
    spec
      .given([])
      .when({ ...SCHEDULE, form: 'online', sessions: null, endsOn: '2025-12-31' })
      .then([ONLINE]);
  });
});

describe('enrolling cadres', () => {
  it('enrols registered cadres once each, within the capacity', () => {
    spec
      .given([SCHEDULED])
      .when(enrol(registered(ID.lan), registered(ID.hoa)))
      .then([enrolled(ID.lan), enrolled(ID.hoa)]);
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(enrol(registered(ID.lan)))
      .thenThrows(EnrolmentRefusedError, { code: 'training.enrolment-refused' });
  });

  it('refuses the whole of a bulk enrolment, with every reason, when seats are short', () => {
    const refused = () =>
      courseDecider.decide(
        enrol(registered(ID.hoa), registered(ID.mai, true), registered(ID.lan)),
        [SCHEDULED, enrolled(ID.lan)].reduce(courseDecider.evolve, courseDecider.initialState()),
      );
    expect(refused).toThrow(EnrolmentRefusedError);
    try {
      refused();
    } catch (error) {
      expect((error as EnrolmentRefusedError).reasons).toEqual([
        `cadre ${ID.mai} has been erased`,
        `cadre ${ID.lan} is enrolled already`,
        '3 cadre(s) for 1 free seat(s) of 2',
      ]);
    }
  });

  it('frees a seat on withdrawal, but never enrols her twice', () => {
    spec
      .given([SCHEDULED, enrolled(ID.lan), enrolled(ID.hoa), withdrew])
      .when(enrol(registered(ID.mai)))
      .then([enrolled(ID.mai)]);
    spec
      .given([SCHEDULED, enrolled(ID.lan), withdrew])
      .when(enrol(registered(ID.lan)))
      .thenThrows(EnrolmentRefusedError);
    spec.given([SCHEDULED]).when(enrol()).thenNothing();
    spec
      .given([SCHEDULED])
      .when(enrol({ cadreId: ID.lan, status: 'none', erased: false }))
      .thenThrows(EnrolmentRefusedError);
    spec
      .given([SCHEDULED])
      .when({ ...enrol(registered(ID.lan)), enrolledOn: '2025-10-02' })
      .thenThrows(InvalidCourseInputError);
  });
});

describe('attendance, withdrawal and completion in person', () => {
  const attend = (session: number, attendedOn = '2025-09-02') =>
    ({
      type: 'RecordAttendance',
      courseId: ID.course,
      cadreId: ID.lan,
      session,
      attendedOn,
      today: TODAY,
    }) as const;
  const attended: CourseEvent = {
    type: 'SessionAttended',
    data: { courseId: ID.course, cadreId: ID.lan, session: 1, attendedOn: '2025-09-02' },
  };

  it('records each session once, within the course’s days and sessions', () => {
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(attend(1))
      .then([attended]);
    spec
      .given([SCHEDULED, enrolled(ID.lan), attended])
      .when(attend(1))
      .thenNothing();
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(attend(4))
      .thenThrows(InvalidCourseInputError);
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(attend(2, '2025-08-31'))
      .thenThrows(InvalidCourseInputError);
    spec.given([SCHEDULED]).when(attend(1)).thenThrows(NotEnrolledError);
    spec
      .given([ONLINE, enrolled(ID.lan)])
      .when(attend(1))
      .thenThrows(CourseFormError);
  });

  it('completes only after enrolment, never after withdrawal, once, with a certificate', () => {
    const completed: CourseEvent = {
      type: 'CourseCompleted',
      data: {
        courseId: ID.course,
        cadreId: ID.lan,
        completedOn: '2025-09-30',
        result: 'good',
        certificateId: ID.certificate,
        topic: 'it-digital-transformation',
        form: 'in-person',
      },
    };
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(complete(ID.lan))
      .then([completed]);
    spec
      .given([SCHEDULED])
      .when(complete(ID.lan))
      .thenThrows(NotEnrolledError, { code: 'training.not-enrolled' });
    spec
      .given([SCHEDULED, enrolled(ID.lan), withdrew])
      .when(complete(ID.lan))
      .thenThrows(WithdrawnError, { code: 'training.withdrawn' });
    spec
      .given([SCHEDULED, enrolled(ID.lan), completed])
      .when(complete(ID.lan))
      .thenThrows(AlreadyCompletedError);
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(complete(ID.lan, '2025-08-31'))
      .thenThrows(InvalidCourseInputError);
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when({ ...complete(ID.lan), result: 'perfect' })
      .thenThrows(InvalidCourseInputError);
    spec
      .given([ONLINE, enrolled(ID.lan)])
      .when(complete(ID.lan))
      .thenThrows(CourseFormError);
  });

  it('withdraws her once, from her enrolment on', () => {
    const withdraw = (withdrawnOn: string) =>
      ({
        type: 'WithdrawCadre',
        courseId: ID.course,
        cadreId: ID.lan,
        withdrawnOn,
        today: TODAY,
      }) as const;
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(withdraw('2025-09-05'))
      .then([withdrew]);
    spec
      .given([SCHEDULED, enrolled(ID.lan), withdrew])
      .when(withdraw('2025-09-06'))
      .thenThrows(WithdrawnError);
    spec
      .given([SCHEDULED, enrolled(ID.lan)])
      .when(withdraw('2025-08-01'))
      .thenThrows(InvalidCourseInputError);
  });
});

describe('an online course', () => {
  const answer = (answers: number[]) =>
    ({
      type: 'AnswerQuiz',
      courseId: ID.course,
      cadreId: ID.lan,
      moduleId: ID.module1,
      answers,
      certificateId: ID.certificate,
      today: TODAY,
    }) as const;
  const read = (percent: number) =>
    ({
      type: 'RecordModuleProgress',
      courseId: ID.course,
      cadreId: ID.lan,
      moduleId: ID.module2,
      percent,
      certificateId: ID.certificate,
      today: TODAY,
    }) as const;
  const both = [ONLINE, moduleAdded(QUIZ_MODULE), moduleAdded(READING_MODULE), enrolled(ID.lan)];
  const quizPassed = (score: number): CourseEvent[] => [
    {
      type: 'QuizAnswered',
      data: {
        courseId: ID.course,
        cadreId: ID.lan,
        moduleId: ID.module1,
        score,
        passed: true,
        answeredOn: TODAY,
      },
    },
    {
      type: 'ModuleCompleted',
      data: {
        courseId: ID.course,
        cadreId: ID.lan,
        moduleId: ID.module1,
        completedOn: TODAY,
        score,
      },
    },
  ];

  it('takes modules with a sound quiz, online only', () => {
    const add = (module = QUIZ_MODULE) =>
      ({ type: 'AddModule', courseId: ID.course, module }) as const;
    spec
      .given([ONLINE])
      .when(add())
      .then([moduleAdded(QUIZ_MODULE)]);
    spec.given([SCHEDULED]).when(add()).thenThrows(CourseFormError);
    spec
      .given([ONLINE, moduleAdded(QUIZ_MODULE)])
      .when(add())
      .thenThrows(InvalidCourseInputError);
    const badQuiz = { ...QUIZ_MODULE, quiz: { ...QUIZ_MODULE.quiz!, passMark: 101 } };
    spec.given([ONLINE]).when(add(badQuiz)).thenThrows(InvalidCourseInputError);
    const noAnswer = {
      ...QUIZ_MODULE,
      quiz: { passMark: 50, questions: [{ prompt: '?', options: ['a', 'b'], correct: 2 }] },
    };
    spec.given([ONLINE]).when(add(noAnswer)).thenThrows(InvalidCourseInputError);
  });

  it('scores a failed quiz below the pass mark without completing the module', () => {
    spec
      .given(both)
      .when(answer([0, 1]))
      .then([
        {
          type: 'QuizAnswered',
          data: {
            courseId: ID.course,
            cadreId: ID.lan,
            moduleId: ID.module1,
            score: 0,
            passed: false,
            answeredOn: TODAY,
          },
        },
      ]);
  });

  it('completes the course once every module is passed, with the same event as in person', () => {
    spec
      .given(both)
      .when(answer([1, 1]))
      .then(quizPassed(50));
    spec
      .given([...both, ...quizPassed(100)])
      .when(read(100))
      .then([
        {
          type: 'ModuleProgressRecorded',
          data: {
            courseId: ID.course,
            cadreId: ID.lan,
            moduleId: ID.module2,
            percent: 100,
            recordedOn: TODAY,
          },
        },
        {
          type: 'ModuleCompleted',
          data: {
            courseId: ID.course,
            cadreId: ID.lan,
            moduleId: ID.module2,
            completedOn: TODAY,
            score: null,
          },
        },
        {
          type: 'CourseCompleted',
          data: {
            courseId: ID.course,
            cadreId: ID.lan,
            completedOn: TODAY,
            result: 'excellent',
            certificateId: ID.certificate,
            topic: 'it-digital-transformation',
            form: 'online',
          },
        },
      ]);
  });

  it('refuses a learner who is not enrolled, a module it lacks, and a wrong number of answers', () => {
    spec
      .given([ONLINE, moduleAdded(QUIZ_MODULE)])
      .when(answer([1, 0]))
      .thenThrows(NotEnrolledError);
    spec
      .given([ONLINE, enrolled(ID.lan)])
      .when(answer([1, 0]))
      .thenThrows(ModuleNotFoundError);
    spec
      .given(both)
      .when(answer([1]))
      .thenThrows(InvalidCourseInputError);
    spec
      .given([...both, ...quizPassed(100)])
      .when(read(40))
      .then([
        {
          type: 'ModuleProgressRecorded',
          data: {
            courseId: ID.course,
            cadreId: ID.lan,
            moduleId: ID.module2,
            percent: 40,
            recordedOn: TODAY,
          },
        },
      ]);
  });
});
