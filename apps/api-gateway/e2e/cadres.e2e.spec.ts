import { metricFamilies, mintToken, waitFor, type MetricFamily } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import type { Reply } from './http';
import { membershipPlatform } from './membership-platform';

// Cadres end to end: a record at a unit training-service learnt of from the organisation topic,
// personal data in full or masked by role, one chairwoman per unit, a rotation, the end of a
// post, erasure, and the training topic, the store and the logs free of personal data.
const PORT = Number(process.env['CADRES_E2E_PORT'] ?? 4010);
const session = membershipPlatform(PORT);
const { api, database, establish, root, trainingTopic, whenKnown } = session;

const lan = {
  fullName: 'Phạm Thị Ngọc Lan',
  birthDate: '1984-09-21',
  nationalId: '001184054321',
  phone: '0913579246',
};
const hoa = { ...lan, fullName: 'Đỗ Thị Hoà', nationalId: '001179011223', phone: '0988112233' };

/** Registers her once training-service knows the unit (it learns it from the topic). */
function register(unitId: string, token: string, personal = lan): Promise<Reply> {
  const body = {
    unitId,
    registeredOn: '2024-01-10',
    personal,
    qualifications: [{ fact: 'education', value: 'master', since: '2015-06-30' }],
  };
  return whenKnown(() => api('POST', '/api/v1/cadres', { body, token }));
}

/** A unit's first command once training-service knows it: an appointment there. */
function appointWhenKnown(cadre: string, body: object, token: string): Promise<Reply> {
  return whenKnown(() => api('POST', `/api/v1/cadres/${cadre}/posts`, { body, token }));
}

it('registers, appoints, rotates and erases a cadre, nothing personal on Kafka, in the store or the logs', async () => {
  const ward = await establish('Hội LHPN phường Ngọc Hà', 'grassroots', root);
  const otherWard = await establish('Hội LHPN phường Đội Cấn', 'grassroots', root);
  const officer = await mintToken(ward, ['cadre-officer']);
  const cityOfficer = await mintToken(root, ['cadre-officer']);
  const viewer = await mintToken(ward, ['viewer']);

  const registered = await register(ward, officer);
  expect(registered.status).toBe(201);
  const id = String(registered.body['id']);
  const path = (p = '') => `/api/v1/cadres/${id}${p}`;
  expect(registered.headers.get('location')).toBe(path());
  expect((await api('GET', path(), { token: officer })).body).toMatchObject({
    unitId: ward,
    ancestorIds: [root],
    birthYear: 1984,
    qualifications: { education: { value: 'master', since: '2015-06-30' } },
    personal: lan,
  });
  expect((await api('GET', path(), { token: viewer })).body['personal']).toEqual({
    masked: true,
    fullName: 'P*** T*** N*** L***',
    birthYear: 1984,
    nationalId: '*********321',
    phone: '*******246',
  });

  const chair = { unitId: ward, position: 'chairwoman', appointedOn: '2024-02-01' };
  const appointed = await appointWhenKnown(id, chair, officer);
  expect(appointed.status).toBe(201);
  const post = String(appointed.body['postId']);
  const second = String((await register(ward, officer, hoa)).body['id']);
  const taken = await api('POST', `/api/v1/cadres/${second}/posts`, {
    body: chair,
    token: officer,
  });
  expect(taken.body).toMatchObject({ status: 409, code: 'training.seat-taken' });
  const atBranchKind = { unitId: ward, position: 'branch-head' };
  expect(
    (await api('POST', `/api/v1/cadres/${second}/posts`, { body: atBranchKind, token: officer }))
      .body,
  ).toMatchObject({ status: 422, code: 'training.position-not-at-unit-kind' });

  // Rotation to another ward needs the scope of both: the ward's officer cannot, the city's can.
  const rotation = {
    fromPostId: post,
    unitId: otherWard,
    position: 'chairwoman',
    rotatedOn: '2025-07-01',
  };
  expect((await api('POST', path('/rotate'), { body: rotation, token: officer })).status).toBe(403);
  const rotated = await api('POST', path('/rotate'), { body: rotation, token: cityOfficer });
  expect(rotated.status).toBe(200);
  // The old seat is free: the second cadre takes it.
  expect(
    (await api('POST', `/api/v1/cadres/${second}/posts`, { body: chair, token: officer })).status,
  ).toBe(201);
  const moved = await api('GET', path(), { token: cityOfficer });
  expect(moved.body).toMatchObject({
    unitId: otherWard,
    posts: [
      { postId: post, unitId: ward, endedOn: '2025-07-01' },
      { postId: rotated.body['postId'], unitId: otherWard, position: 'chairwoman', endedOn: null },
    ],
  });

  const early = await api('POST', path('/erase'), { body: {}, token: cityOfficer });
  expect(early.body).toMatchObject({ status: 409, code: 'training.cadre-holds-posts' });
  const end = { reason: 'term-ended', endedOn: '2026-01-01' };
  const ended = await api('POST', path(`/posts/${String(rotated.body['postId'])}/end`), {
    body: end,
    token: cityOfficer,
  });
  expect(ended.status).toBe(200);
  expect((await api('POST', path('/erase'), { body: {}, token: cityOfficer })).status).toBe(200);
  expect((await api('GET', path(), { token: cityOfficer })).body).toMatchObject({
    erased: true,
    birthYear: 1984,
    personal: null,
  });

  // Registered ×2 (with a qualification each), appointed ×2, rotated, ended, erased.
  const topic = await trainingTopic(9);
  for (const value of Object.values(lan)) expect(topic).not.toContain(value);
  expect(topic).toContain('"birthYear":1984');
  const stored = await database('vwu_training');
  for (const value of Object.values(lan)) expect(stored).not.toContain(value);
  for (const value of Object.values(lan)) expect(session.platform.output()).not.toContain(value);
  // The figures' read models hold her birth year, posts and facts, nothing personal.
  await waitFor(
    async () => (await database('vwu_projections')).includes(`"cadreId":"${id}"`),
    'her record in the figures',
    60_000,
  );
  const projected = await database('vwu_projections');
  for (const value of Object.values(lan)) expect(projected).not.toContain(value);
}, 300_000);

it('refuses every cadre command and read out of the caller’s scope', async () => {
  const ward = await establish('Hội LHPN phường Liễu Giai', 'grassroots', root);
  const otherWard = await establish('Hội LHPN phường Vĩnh Phúc', 'grassroots', root);
  const officer = await mintToken(ward, ['cadre-officer']);
  const stranger = await mintToken(otherWard, ['cadre-officer']);
  const id = String((await register(ward, officer)).body['id']);
  const post = String(
    (await appointWhenKnown(id, { unitId: ward, position: 'vice-chair' }, officer)).body['postId'],
  );
  const path = (p = '') => `/api/v1/cadres/${id}${p}`;
  const calls: [string, string, unknown][] = [
    ['GET', path(), undefined],
    ['POST', path('/qualifications'), { fact: 'party', value: 'member', since: '2020-01-01' }],
    ['POST', path('/posts'), { unitId: ward, position: 'executive-committee' }],
    ['POST', path(`/posts/${post}/end`), { reason: 'resigned' }],
    ['POST', path('/rotate'), { fromPostId: post, unitId: otherWard, position: 'vice-chair' }],
    ['POST', path('/awards'), { award: 'good-grassroots-cadre', year: 2024 }],
    [
      'POST',
      path('/succession-plans'),
      { unitId: ward, position: 'chairwoman', term: '2026-2031' },
    ],
    ['POST', path('/erase'), {}],
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
  const elsewhere = await api('POST', '/api/v1/cadres', {
    body: { unitId: ward, personal: hoa },
    token: stranger,
  });
  expect(elsewhere.status).toBe(403);
  // Nothing changed: still one post, held.
  expect((await api('GET', path(), { token: officer })).body).toMatchObject({
    posts: [{ postId: post, endedOn: null }],
  });
}, 120_000);

it('counts a registered, appointed and trained chairwoman in her ward’s targets 3 and 4', async () => {
  const ward = await establish('Hội LHPN phường Quán Thánh', 'grassroots', root);
  const officer = await mintToken(ward, ['cadre-officer']);
  const body = {
    unitId: ward,
    registeredOn: '2024-01-10',
    personal: { ...lan, nationalId: '001190077001', birthDate: '1990-02-02' },
    qualifications: [
      { fact: 'education', value: 'university', since: '2012-06-30' },
      { fact: 'full-time', value: 'full-time', since: '2024-01-10' },
    ],
  };
  const reply = await whenKnown(() => api('POST', '/api/v1/cadres', { body, token: officer }));
  const cadre = String(reply.body['id']);
  const chair = { unitId: ward, position: 'chairwoman', appointedOn: '2024-02-01' };
  expect((await appointWhenKnown(cadre, chair, officer)).status).toBe(201);
  for (const [topic, day] of [
    ['it-digital-transformation', '2025-03-02'],
    ['data-analysis', '2025-04-02'],
  ] as const) {
    const course = {
      unitId: ward,
      title: `Lớp bồi dưỡng ${topic}`,
      topic,
      form: 'in-person',
      startsOn: day,
      endsOn: day,
      capacity: 30,
      sessions: 1,
    };
    const scheduled = await api('POST', '/api/v1/courses', { body: course, token: officer });
    expect(scheduled.status).toBe(201);
    const at = (p: string) => `/api/v1/courses/${String(scheduled.body['id'])}/${p}`;
    const enrol = { cadreId: cadre, enrolledOn: day };
    expect((await api('POST', at('enrolments'), { body: enrol, token: officer })).status).toBe(200);
    const done = { cadreId: cadre, result: 'good', completedOn: day };
    expect((await api('POST', at('completions'), { body: done, token: officer })).status).toBe(200);
  }
  const summary = () =>
    api('GET', `/api/v1/units/${ward}/summary?year=2025&asOf=2025-12-31`, { token: officer });
  await waitFor(
    async () => {
      const cadres = (await summary()).body['cadres'] as {
        target3?: { fullTimeDigital?: { count: number } };
      };
      return cadres.target3?.fullTimeDigital?.count === 1;
    },
    'her completions in the figures',
    60_000,
  );
  const one = { count: 1, of: 1, share: 1 };
  expect((await summary()).body['cadres']).toMatchObject({
    active: 1,
    fullTime: 1,
    byPosition: { chairwoman: 1 },
    target3: { trainedInYear: one, fullTimeDigital: one },
    // A commune-level chairwoman is a key cadre from the 2025 reform on; university, not master.
    target4: { youngChairwomenUniversity: one, keyCadresMaster: { count: 0, of: 1, share: 0 } },
    vacancies: { units: 1, withoutChairwoman: 0 },
    courses: { total: 2, byForm: { 'in-person': 2 } },
    completions: { total: 2 },
  });
  // In 2024 she held the post but had no completion yet; and the city counts her too.
  const before = await api('GET', `/api/v1/units/${ward}/summary?year=2024&asOf=2024-12-31`, {
    token: officer,
  });
  expect(before.body['cadres']).toMatchObject({
    active: 1,
    target3: { trainedInYear: { count: 0, of: 1 } },
    target4: { keyCadresMaster: { of: 0 } },
  });
  const city = await api(
    'GET',
    `/api/v1/units/${root}/summary?year=2025&asOf=2025-12-31&children=true`,
  );
  const child = (city.body['children'] as { unitId: string; cadres: unknown }[]).find(
    (c) => c.unitId === ward,
  );
  expect(child?.cadres).toMatchObject({ target3: { fullTimeDigital: one } });
}, 180_000);

/** A process's metrics, scraped and parsed (the text format, as Prometheus reads it). */
async function scrape(process: string): Promise<Map<string, MetricFamily>> {
  const response = await fetch(session.platform.metricsUrl(process));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
  return metricFamilies(await response.text());
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u;
const labelValues = (families: Map<string, MetricFamily>) =>
  [...families.values()].flatMap((f) => f.samples.flatMap((s) => Object.values(s.labels)));

const typesOf = (families: Map<string, MetricFamily>) =>
  Object.fromEntries([...families].map(([name, family]) => [name, family.type]));

/** A counter's or gauge's sample, or a histogram's `_count`, with these labels. */
const sampleOf = (family: MetricFamily | undefined, labels: Record<string, string>) =>
  family?.samples.find(
    (s) =>
      !/_(bucket|sum)$/u.test(s.name) &&
      Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );

it('exposes what the commands above did as Prometheus metrics, by route and command, no ids', async () => {
  const gateway = await scrape('gateway');
  expect(typesOf(gateway)).toMatchObject({
    vwu_http_request_duration_seconds: 'histogram',
    process_resident_memory_bytes: 'gauge',
    nodejs_eventloop_lag_seconds: 'gauge',
  });
  const posted = { method: 'POST', route: '/api/v1/cadres', status: '201' };
  expect(sampleOf(gateway.get('vwu_http_request_duration_seconds'), posted)).toBeDefined();

  const training = await scrape('training');
  expect(typesOf(training)).toMatchObject({
    vwu_rpc_request_duration_seconds: 'histogram',
    vwu_command_duration_seconds: 'histogram',
    vwu_event_store_append_duration_seconds: 'histogram',
    vwu_event_store_append_conflicts_total: 'counter',
    vwu_outbox_backlog_commits: 'gauge',
    vwu_outbox_publish_latency_seconds: 'histogram',
    vwu_outbox_published_commits_total: 'counter',
    vwu_consumer_lag_messages: 'gauge',
    vwu_consumer_batch_duration_seconds: 'histogram',
    vwu_consumer_redeliveries_total: 'counter',
    vwu_dead_letters_total: 'counter',
    vwu_jobs_running: 'gauge',
    vwu_job_rows_done_total: 'counter',
    vwu_jobs_finished_total: 'counter',
  });
  const commands = training.get('vwu_command_duration_seconds');
  expect(sampleOf(commands, { command: 'RegisterCadre', outcome: 'ok' })?.value).toBeGreaterThan(0);
  // Every command above was decided or refused by a rule: none ended in an unexpected error.
  expect(sampleOf(commands, { outcome: 'error' })).toBeUndefined();
  expect(sampleOf(training.get('vwu_outbox_backlog_commits'), {})?.value).toBeGreaterThanOrEqual(0);
  expect(sampleOf(training.get('vwu_outbox_published_commits_total'), {})?.value).toBeGreaterThan(
    0,
  );

  const projections = await scrape('projections');
  expect(sampleOf(projections.get('vwu_consumer_lag_messages'), {})).toBeDefined();
  // Labels name groups, topics, routes and command types: never a unit, cadre or request id.
  expect([gateway, training, projections].flatMap(labelValues).join(' ')).not.toMatch(UUID);
}, 60_000);
