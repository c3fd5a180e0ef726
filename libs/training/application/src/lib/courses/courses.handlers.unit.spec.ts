import { randomUUID } from 'node:crypto';
import { CITY, OTHER_WARD, officer, registered, WARD } from '../testing/cadres-under-test';
import { coursesUnderTest, learner, quizModule, scheduled } from '../testing/courses-under-test';
import {
  ChangeCourseCommand,
  EnrolCadresCommand,
  GetCertificateQuery,
  GetCourseQuery,
  GetLearnerViewQuery,
  LearnCommand,
  ScheduleCourseCommand,
} from './course.commands';

const on = '2024-06-01';

describe('managing courses, in the scope of the course’s unit', () => {
  it('refuses to schedule, enrol, change or read a course out of scope', async () => {
    const t = coursesUnderTest();
    const input = {
      unitId: WARD,
      title: 'Kỹ năng dân vận',
      topic: 'mobilisation-communication',
      form: 'in-person',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      capacity: 3,
      sessions: 2,
    };
    await expect(
      t.schedule.execute(new ScheduleCourseCommand(input, officer(OTHER_WARD), randomUUID())),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    const course = await scheduled(t, 'in-person');
    const lan = await registered(t);
    const stranger = officer(OTHER_WARD);
    await expect(
      t.enrol.execute(new EnrolCadresCommand(course, { cadreId: lan, enrolledOn: on }, stranger)),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    const attend = { type: 'RecordAttendance', cadreId: lan, session: 1, attendedOn: on } as const;
    await expect(
      t.change.execute(new ChangeCourseCommand(course, attend, stranger)),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    await expect(t.getCourse.execute(new GetCourseQuery(course, stranger))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
    await expect(
      t.getCourse.execute(new GetCourseQuery(course, officer(WARD, ['learner']))),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('enrols, records attendance and completes her, with a certificate to read', async () => {
    const t = coursesUnderTest();
    const course = await scheduled(t, 'in-person');
    const lan = await registered(t);
    const ward = officer(WARD);
    await t.enrol.execute(new EnrolCadresCommand(course, { cadreId: lan, enrolledOn: on }, ward));
    const attend = { type: 'RecordAttendance', cadreId: lan, session: 2, attendedOn: on } as const;
    await t.change.execute(new ChangeCourseCommand(course, attend, ward));
    const done = {
      type: 'CompleteCourse',
      cadreId: lan,
      result: 'excellent',
      completedOn: on,
    } as const;
    const { certificateId } = await t.change.execute(new ChangeCourseCommand(course, done, ward));
    expect(
      await t.getCertificate.execute(new GetCertificateQuery(course, certificateId!, ward)),
    ).toMatchObject({ cadreId: lan, courseId: course, result: 'excellent', completedOn: on });
    const view = await t.getCourse.execute(new GetCourseQuery(course, ward));
    expect(view.learners).toMatchObject([{ cadreId: lan, attended: [2] }]);
    expect(view.certificates).toMatchObject([{ certificateId, cadreId: lan }]);
  });

  it('enrols a unit’s cadres as its stream says they are now, all or none', async () => {
    const t = coursesUnderTest();
    const course = await scheduled(t, 'in-person', 2);
    const [lan, hoa, mai] = [await registered(t), await registered(t), await registered(t)];
    const moved = await registered(t, OTHER_WARD);
    for (const id of [lan, hoa, moved]) t.directory.place(WARD, id);
    const bulk = new EnrolCadresCommand(course, { unitId: WARD, enrolledOn: on }, officer(CITY));
    // The directory placed one at the ward whose stream is elsewhere: she is not enrolled.
    expect(await t.enrol.execute(bulk)).toMatchObject({ enrolled: [lan, hoa] });
    t.directory.place(WARD, mai);
    await expect(
      t.enrol.execute(
        new EnrolCadresCommand(course, { unitId: WARD, enrolledOn: on }, officer(CITY)),
      ),
    ).rejects.toMatchObject({
      code: 'training.enrolment-refused',
      message: expect.stringContaining('1 cadre(s) for 0 free seat(s) of 2') as string,
    });
  });
});

describe('learning online, for herself only', () => {
  async function online() {
    const t = coursesUnderTest();
    const course = await scheduled(t, 'online');
    const moduleId = await quizModule(t, course);
    const lan = await registered(t);
    await t.enrol.execute(
      new EnrolCadresCommand(course, { cadreId: lan, enrolledOn: on }, officer(WARD)),
    );
    return { t, course, moduleId, lan };
  }

  it('shows her the questions and options, never the right answers', async () => {
    const { t, course, lan } = await online();
    const view = await t.learnerView.execute(new GetLearnerViewQuery(course, lan, learner(lan)));
    expect(view.modules).toEqual([
      expect.objectContaining({
        quiz: {
          passMark: 100,
          questions: [{ prompt: 'Mật khẩu mạnh?', options: ['123', 'abc', 'x7!Q'] }],
        },
      }),
    ]);
    expect(JSON.stringify(view)).not.toContain('correct');
  });

  it('shows the right answers to the course’s managers only, not to a viewer', async () => {
    const { t, course } = await online();
    const managers = await t.getCourse.execute(new GetCourseQuery(course, officer(WARD)));
    expect(managers.modules[0]?.quiz).toMatchObject({ questions: [{ correct: 2 }] });
    const reader = await t.getCourse.execute(new GetCourseQuery(course, officer(WARD, ['viewer'])));
    expect(reader.modules[0]?.quiz).toEqual({
      passMark: 100,
      questions: [{ prompt: 'Mật khẩu mạnh?', options: ['123', 'abc', 'x7!Q'] }],
    });
  });

  it('scores her answers here: a failed quiz completes nothing, a pass completes the course', async () => {
    const { t, course, moduleId, lan } = await online();
    const answer = (answers: number[]) =>
      new LearnCommand(course, lan, { type: 'AnswerQuiz', moduleId, answers }, learner(lan));
    expect(await t.learn.execute(answer([0]))).toMatchObject({
      score: 0,
      passed: false,
      courseCompleted: false,
      certificateId: null,
    });
    const passed = await t.learn.execute(answer([2]));
    expect(passed).toMatchObject({
      score: 100,
      passed: true,
      moduleCompleted: true,
      courseCompleted: true,
    });
    const view = await t.getCourse.execute(new GetCourseQuery(course, officer(WARD)));
    expect(view.certificates).toMatchObject([
      { certificateId: passed.certificateId, cadreId: lan, result: 'excellent', form: 'online' },
    ]);
  });

  it('refuses another cadre’s id, a token without the learner role, and a course she is not in', async () => {
    const { t, course, moduleId, lan } = await online();
    const hoa = await registered(t);
    const step = { type: 'RecordModuleProgress', moduleId, percent: 50 } as const;
    await expect(
      t.learn.execute(new LearnCommand(course, lan, step, learner(hoa))),
    ).rejects.toMatchObject({ code: 'auth.forbidden', statusCode: 403 });
    await expect(
      t.learn.execute(new LearnCommand(course, lan, step, { ...learner(lan), roles: ['viewer'] })),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(
      t.learnerView.execute(new GetLearnerViewQuery(course, hoa, learner(hoa))),
    ).rejects.toMatchObject({ code: 'auth.forbidden', statusCode: 403 });
  });
});
