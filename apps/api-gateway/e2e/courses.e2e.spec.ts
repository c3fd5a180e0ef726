import { mintToken, waitFor } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import type { Reply } from './http';
import { membershipPlatform } from './membership-platform';

// Courses end to end: an in-person course from scheduling to a certificate, an online course
// whose quiz a learner's own token answers (the right answers never reach her nor the topic),
// bulk enrolment of a unit's cadres, and every course call refused out of scope.
const PORT = Number(process.env['COURSES_E2E_PORT'] ?? 4030);
const session = membershipPlatform(PORT);
const { api, establish, root, trainingTopic, whenKnown } = session;

const RIGHT = 'Bật xác thực hai lớp — the right option';
const BODY = 'Tài liệu: mật khẩu mạnh và xác thực hai lớp.';

/** A learner's token: her cadre id as `sub`. */
const learnerToken = (unit: string, cadreId: string) =>
  mintToken(unit, ['learner'], { sub: cadreId });

async function register(unitId: string, token: string, nationalId: string): Promise<string> {
  const personal = { fullName: 'Vũ Thị Thu', birthDate: '1985-05-05', nationalId };
  const body = { unitId, registeredOn: '2024-01-10', personal };
  const reply = await whenKnown(() => api('POST', '/api/v1/cadres', { body, token }));
  expect(reply.status).toBe(201);
  return String(reply.body['id']);
}

const course = (unitId: string, form: 'in-person' | 'online', capacity = 10) => ({
  unitId,
  title: form === 'online' ? 'Chuyển đổi số trực tuyến' : 'Kỹ năng công tác Hội',
  topic: form === 'online' ? 'it-digital-transformation' : 'union-work-skills',
  form,
  startsOn: '2024-01-01',
  endsOn: '2099-12-31',
  capacity,
  ...(form === 'in-person' ? { sessions: 3 } : {}),
});

async function schedule(body: object, token: string): Promise<string> {
  const reply = await api('POST', '/api/v1/courses', { body, token });
  expect(reply.status).toBe(201);
  return String(reply.body['id']);
}

it('runs an in-person course to a certificate, and an online one passed by the learner herself', async () => {
  const ward = await establish('Hội LHPN phường Trúc Bạch', 'grassroots', root);
  const officer = await mintToken(ward, ['cadre-officer']);
  const lan = await register(ward, officer, '001185000111');

  const inPerson = await schedule(course(ward, 'in-person'), officer);
  const at = (p: string) => `/api/v1/courses/${inPerson}/${p}`;
  const enrol = { cadreId: lan, enrolledOn: '2024-02-01' };
  expect((await api('POST', at('enrolments'), { body: enrol, token: officer })).status).toBe(200);
  expect((await api('POST', at('enrolments'), { body: enrol, token: officer })).body).toMatchObject(
    { status: 409, code: 'training.enrolment-refused' },
  );
  const attend = { cadreId: lan, session: 1, attendedOn: '2024-03-01' };
  expect((await api('POST', at('attendance'), { body: attend, token: officer })).status).toBe(200);
  const done = { cadreId: lan, result: 'good', completedOn: '2024-03-10' };
  const completed = await api('POST', at('completions'), { body: done, token: officer });
  expect(completed.status).toBe(200);
  const certificateId = String(completed.body['certificateId']);
  expect(
    (await api('GET', at(`certificates/${certificateId}`), { token: officer })).body,
  ).toMatchObject({ certificateId, cadreId: lan, result: 'good', form: 'in-person' });
  expect((await api('GET', `/api/v1/courses/${inPerson}`, { token: officer })).body).toMatchObject({
    topicLabel: { vi: 'Nghiệp vụ công tác Hội', en: 'Union work skills' },
    learners: [{ cadreId: lan, attended: [1], completion: { certificateId } }],
  });

  const online = await schedule(course(ward, 'online'), officer);
  const to = (p: string) => `/api/v1/courses/${online}/${p}`;
  const quiz = {
    passMark: 100,
    questions: [
      { prompt: 'Nên làm gì?', options: ['Dùng 123456', RIGHT], correct: 1 },
      { prompt: 'Chia sẻ mật khẩu?', options: ['Không bao giờ', 'Có'], correct: 0 },
    ],
  };
  const module = { title: 'An toàn thông tin', material: { kind: 'text', body: BODY }, quiz };
  const added = await api('POST', to('modules'), { body: module, token: officer });
  expect(added.status).toBe(201);
  const moduleId = String(added.body['moduleId']);
  const enrolOnline = { cadreId: lan, enrolledOn: '2024-02-01' };
  expect((await api('POST', to('enrolments'), { body: enrolOnline, token: officer })).status).toBe(
    200,
  );

  const hers = await learnerToken(ward, lan);
  const view = await api('GET', to(`learners/${lan}`), { token: hers });
  expect(view.status).toBe(200);
  expect(view.body['modules']).toEqual([
    expect.objectContaining({
      moduleId,
      quiz: {
        passMark: 100,
        questions: [
          { prompt: 'Nên làm gì?', options: ['Dùng 123456', RIGHT] },
          { prompt: 'Chia sẻ mật khẩu?', options: ['Không bao giờ', 'Có'] },
        ],
      },
    }),
  ]);
  expect(JSON.stringify(view.body)).not.toContain('correct');
  const answers = to(`learners/${lan}/modules/${moduleId}/answers`);
  const failed = await api('POST', answers, { body: { answers: [1, 1] }, token: hers });
  expect(failed.body).toMatchObject({ score: 50, passed: false, courseCompleted: false });
  expect((await api('GET', to(`learners/${lan}`), { token: hers })).body).toMatchObject({
    completion: null,
  });
  // Not hers to answer for another cadre, nor an officer's to answer at all.
  const other = await learnerToken(ward, randomUUID());
  expect((await api('POST', answers, { body: { answers: [1, 0] }, token: other })).status).toBe(
    403,
  );
  expect((await api('POST', answers, { body: { answers: [1, 0] }, token: officer })).status).toBe(
    403,
  );
  const passed = await api('POST', answers, { body: { answers: [1, 0] }, token: hers });
  expect(passed.body).toMatchObject({ score: 100, passed: true, courseCompleted: true });
  const onlineCertificate = String(passed.body['certificateId']);
  expect(
    (await api('GET', to(`certificates/${onlineCertificate}`), { token: officer })).body,
  ).toMatchObject({ cadreId: lan, result: 'excellent', form: 'online' });

  // Registered, scheduled ×2, enrolled ×2, attended, completed ×2, module completed.
  const topic = await trainingTopic(9);
  expect(topic).toContain(`"certificateId":"${certificateId}","topic":"union-work-skills"`);
  expect(topic).toContain(`"moduleId":"${moduleId}","completedOn"`);
  expect(topic).toContain(`"result":"excellent","certificateId":"${onlineCertificate}"`);
  for (const hidden of [RIGHT, BODY, 'correct', 'passMark']) expect(topic).not.toContain(hidden);
}, 300_000);

it('enrols a unit’s cadres in bulk, and refuses them all when seats are short', async () => {
  const ward = await establish('Hội LHPN phường Quán Thánh', 'grassroots', root);
  const officer = await mintToken(ward, ['cadre-officer']);
  const [mai, hoa] = [
    await register(ward, officer, '001185000222'),
    await register(ward, officer, '001185000333'),
  ];
  const id = await schedule(course(ward, 'in-person', 2), officer);
  const bulk = { unitId: ward, enrolledOn: '2024-02-01' };
  const learners = async () =>
    ((await api('GET', `/api/v1/courses/${id}`, { token: officer })).body['learners'] as {
      cadreId: string;
    }[]) ?? [];
  // The directory learns the cadres from the training topic: enrol until it knows both.
  await waitFor(
    async () => {
      await api('POST', `/api/v1/courses/${id}/enrolments/unit`, { body: bulk, token: officer });
      return (await learners()).length === 2;
    },
    'both cadres enrolled',
    60_000,
  );
  expect((await learners()).map((l) => l.cadreId).sort()).toEqual([mai, hoa].sort());
  await register(ward, officer, '001185000444');
  let refused: Reply | undefined;
  await waitFor(
    async () => {
      refused = await api('POST', `/api/v1/courses/${id}/enrolments/unit`, {
        body: bulk,
        token: officer,
      });
      return refused.status === 409;
    },
    'the third cadre refused',
    60_000,
  );
  expect(refused?.body).toMatchObject({ code: 'training.enrolment-refused' });
  expect(String(refused?.body['detail'])).toContain('1 cadre(s) for 0 free seat(s) of 2');
}, 300_000);

it('refuses every course call out of the caller’s scope', async () => {
  const ward = await establish('Hội LHPN phường Cửa Nam', 'grassroots', root);
  const otherWard = await establish('Hội LHPN phường Hàng Bông', 'grassroots', root);
  const officer = await mintToken(ward, ['cadre-officer']);
  const stranger = await mintToken(otherWard, ['cadre-officer']);
  const lan = await register(ward, officer, '001185000555');
  expect(
    (
      await whenKnown(() =>
        api('POST', '/api/v1/courses', { body: course(ward, 'online'), token: stranger }),
      )
    ).status,
  ).toBe(403);
  const id = await schedule(course(ward, 'online'), officer);
  const at = (p = '') => `/api/v1/courses/${id}${p}`;
  const module = { title: 'Học phần', material: { kind: 'link', url: 'https://example.vn/a.pdf' } };
  const calls: [string, string, unknown][] = [
    ['GET', at(), undefined],
    ['POST', at('/enrolments'), { cadreId: lan }],
    ['POST', at('/enrolments/unit'), { unitId: ward }],
    ['POST', at('/withdrawals'), { cadreId: lan }],
    ['POST', at('/modules'), module],
    ['GET', at(`/certificates/${randomUUID()}`), undefined],
  ];
  for (const [method, p, body] of calls) {
    const reply = await api(method, p, {
      body,
      token: stranger,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect({ call: `${method} ${p}`, status: reply.status }).toEqual({
      call: `${method} ${p}`,
      status: 403,
    });
  }
  expect((await api('GET', at(), { token: officer })).body).toMatchObject({
    learners: [],
    modules: [],
  });
}, 120_000);
