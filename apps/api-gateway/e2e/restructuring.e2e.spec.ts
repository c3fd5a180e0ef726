import {
  mintToken,
  startPlatformUnderTest,
  waitFor,
  type PlatformUnderTest,
} from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { callApi, type CallOptions, type Reply } from './http';

// Restructuring end to end, on the real broker and store: a merger moves the children, the
// tree answers as of a date before and after, ratings roll up per subtree, scope is enforced.
let platform: PlatformUnderTest;

beforeAll(async () => {
  // A root of its own: on a reused broker the topic holds earlier runs' units under the default
  // root, and the city's counts below must be this run's alone.
  process.env['ROOT_UNIT_ID'] = randomUUID();
  // RESTRUCTURING_E2E_PORT: a second run on the same machine keeps off this one's ports.
  platform = await startPlatformUnderTest(Number(process.env['RESTRUCTURING_E2E_PORT'] ?? 3950));
  delete process.env['ROOT_UNIT_ID'];
}, 300_000);
afterAll(() => platform?.stop(), 60_000);

function api(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  return callApi(platform.url, method, path, { token: platform.adminToken, ...options });
}

async function establish(name: string, kind: string, parentId: string): Promise<string> {
  const body = {
    name: `${name} ${randomUUID().slice(0, 4)}`,
    kind,
    parentId,
    establishedOn: '2019-01-01',
  };
  const reply = await api('POST', '/api/v1/units', { body });
  expect(reply.status).toBe(201);
  return (reply.body as { id: string }).id;
}

/** The read model has caught up with a stream version. */
async function seen(unitId: string, version: number): Promise<void> {
  const reply = await api('GET', `/api/v1/units/${unitId}?minVersion=${version}&waitMs=10000`);
  expect(reply.status).toBe(200);
}

async function childIds(parentId: string, asOf?: string): Promise<string[]> {
  const reply = await api(
    'GET',
    `/api/v1/units/${parentId}/children${asOf ? `?asOf=${asOf}` : ''}`,
  );
  expect(reply.status).toBe(200);
  return (reply.body as { items: { id: string }[] }).items.map((u) => u.id).sort();
}

type MemberOrganisation = { id: string; status: string } & Record<string, unknown>;

/** A member organisation once the read model has applied a version of it. */
async function memberOrganisation(id: string, version: number): Promise<Record<string, unknown>> {
  const reply = await api(
    'GET',
    `/api/v1/member-organisations/${id}?minVersion=${version}&waitMs=10000`,
  );
  expect(reply.status).toBe(200);
  return reply.body;
}

async function memberOrganisations(query: string): Promise<MemberOrganisation[]> {
  const reply = await api('GET', `/api/v1/member-organisations${query}`);
  expect(reply.status).toBe(200);
  return (reply.body as { items: MemberOrganisation[] }).items;
}

async function memberOrganisationIds(query: string): Promise<string[]> {
  return (await memberOrganisations(query)).map((o) => o.id);
}

const NONE = { district: 0, affiliated: 0, grassroots: 0, branch: 0, group: 0 };
type Counts = Record<string, number>;

/** The counts below a unit (`own`) and below each of its children (by id), on a date or today. */
async function countsBelow(unitId: string, asOf?: string): Promise<Record<string, Counts>> {
  const reply = await api('GET', `/api/v1/units/${unitId}/children${asOf ? `?asOf=${asOf}` : ''}`);
  expect(reply.status).toBe(200);
  const page = reply.body as { counts: Counts; items: { id: string; counts: Counts }[] };
  return { own: page.counts, ...Object.fromEntries(page.items.map((u) => [u.id, u.counts])) };
}

/**
 * The rollups follow the views, and a child's and a parent's events arrive on different
 * partitions: poll until the counts are as expected (or time out), then compare, for the diff.
 */
async function expectCounts(unitId: string, asOf: string | undefined, expected: object) {
  let last: object = {};
  const settled = async () => isDeepStrictEqual((last = await countsBelow(unitId, asOf)), expected);
  await waitFor(settled, `the counts below ${unitId}`, 15_000).catch(() => undefined);
  expect(last).toEqual(expected);
}

describe('restructuring through the gateway', () => {
  let district: string;
  let kimMa: string;
  let giangVo: string;
  let branches: string[];

  beforeAll(async () => {
    district = await establish('Hội LHPN quận Ba Đình', 'district', platform.rootUnitId);
    kimMa = await establish('Hội LHPN phường Kim Mã', 'grassroots', district);
    giangVo = await establish('Hội LHPN phường Giảng Võ', 'grassroots', district);
    branches = [
      await establish('Chi hội 1', 'branch', kimMa),
      await establish('Chi hội 2', 'branch', kimMa),
      await establish('Chi hội 3', 'branch', giangVo),
    ];
  }, 60_000);

  it('merges a grassroots union: children move, history stays, the tree answers as of a date', async () => {
    const merged = await api('POST', `/api/v1/units/${kimMa}/merge`, {
      body: { successorId: giangVo, mergedOn: '2025-06-01' },
    });
    expect(merged).toMatchObject({ status: 200, body: { id: kimMa, version: 2, moved: 2 } });
    await Promise.all([seen(kimMa, 2), ...branches.slice(0, 2).map((b) => seen(b, 2))]);

    expect(await childIds(giangVo)).toEqual([...branches].sort());
    expect(await childIds(giangVo, '2025-05-31')).toEqual([branches[2]]);
    expect(await childIds(kimMa, '2025-05-31')).toEqual(branches.slice(0, 2).sort());
    expect(await childIds(kimMa)).toEqual([]);
    // The counts roll up: Kim Mã's branches count under Giảng Võ from the merger on.
    await expectCounts(district, undefined, {
      own: { ...NONE, grassroots: 1, branch: 3 },
      [giangVo]: { ...NONE, branch: 3 },
    });
    await expectCounts(district, '2025-05-31', {
      own: { ...NONE, grassroots: 2, branch: 3 },
      [kimMa]: { ...NONE, branch: 2 },
      [giangVo]: { ...NONE, branch: 1 },
    });
    await expectCounts(platform.rootUnitId, '2025-05-31', {
      own: { ...NONE, district: 1, grassroots: 2, branch: 3 },
      [district]: { ...NONE, grassroots: 2, branch: 3 },
    });
    await expectCounts(platform.rootUnitId, undefined, {
      own: { ...NONE, district: 1, grassroots: 1, branch: 3 },
      [district]: { ...NONE, grassroots: 1, branch: 3 },
    });
    const closed = await api('GET', `/api/v1/units/${kimMa}`);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closure: { reason: 'merged', successorId: giangVo, on: '2025-06-01' },
    });
    const history = await api('GET', `/api/v1/units/${kimMa}/history`);
    expect((history.body as { items: { event: string }[] }).items.map((l) => l.event)).toEqual([
      'UnitEstablished',
      'UnitsMerged',
    ]);
    const again = await api('POST', `/api/v1/units/${kimMa}/merge`, {
      body: { successorId: giangVo, mergedOn: '2025-06-01' },
    });
    expect(again).toMatchObject({ status: 200, body: { version: 2, moved: 0 } });
  });

  it('rates branches and reads the share rated good or better per subtree', async () => {
    const grades = ['good', 'weak', 'excellent'];
    for (const [i, unit] of branches.entries()) {
      const reply = await api('POST', `/api/v1/units/${unit}/ratings`, {
        body: { year: 2024, grade: grades[i] },
      });
      expect(reply.status).toBe(200);
    }
    const twice = await api('POST', `/api/v1/units/${branches[1]}/ratings`, {
      body: { year: 2024, grade: 'good' },
    });
    expect(twice).toMatchObject({ status: 409, body: { code: 'organisation.rating-exists' } });
    const corrected = await api('PUT', `/api/v1/units/${branches[1]}/ratings/2024`, {
      body: { grade: 'fair', reason: 'Chấm lại theo biên bản' },
    });
    expect(corrected.status).toBe(200);

    const summary = async () =>
      (await api('GET', `/api/v1/units/${district}/summary?year=2024`)).body as {
        branches: Record<string, number>;
      };
    // One read per poll: the correction must be applied after all three ratings.
    let last: Record<string, number> = {};
    await waitFor(async () => {
      last = (await summary()).branches;
      return last['rated'] === 3 && last['weak'] === 0;
    }, 'the ratings and the correction in the read model');
    expect(last).toEqual({
      total: 3,
      rated: 3,
      byGrade: { excellent: 1, good: 1, fair: 1, average: 0, weak: 0 },
      goodOrBetter: 2,
      goodOrBetterShare: 2 / 3,
      fairOrBetter: 3,
      weak: 0,
      notInspected: 3,
    });
    // Drill-down: the same figures for each grassroots union under the district.
    const drill = await api('GET', `/api/v1/units/${district}/summary?year=2024&children=true`);
    const children = drill.body['children'] as { unitId: string; branches: { rated: number } }[];
    expect(children.reduce((sum, child) => sum + child.branches.rated, 0)).toBe(3);
  });

  it('says what is wrong, Vietnamese first: a date before the unit, a year before it, a merged unit', async () => {
    const inspection = await api('POST', `/api/v1/units/${branches[2]}/inspections`, {
      body: { inspectorUnitId: giangVo, passed: true, inspectedOn: '2018-12-31' },
    });
    expect(inspection).toMatchObject({
      status: 422,
      body: {
        code: 'organisation.before-establishment',
        detail:
          'đơn vị được thành lập ngày 2019-01-01; cuộc kiểm tra ngày 2018-12-31 có trước ngày đó — the unit was established on 2019-01-01; an inspection on 2018-12-31 precedes it',
      },
    });
    const rating = await api('POST', `/api/v1/units/${branches[2]}/ratings`, {
      body: { year: 2018, grade: 'good' },
    });
    expect(rating).toMatchObject({
      status: 422,
      body: {
        code: 'organisation.invalid-figure',
        detail: expect.stringContaining('the unit was established in 2019') as unknown,
      },
    });
    const rename = await api('PATCH', `/api/v1/units/${kimMa}`, { body: { name: 'Tên mới' } });
    expect(rename).toMatchObject({
      status: 409,
      body: {
        code: 'organisation.unit-closed',
        detail: `đơn vị ${kimMa} đã sáp nhập vào đơn vị ${giangVo} từ ngày 2025-06-01 — unit ${kimMa} was merged into ${giangVo} on 2025-06-01`,
      },
    });
  });

  it('refuses every command out of the actor’s scope or role', async () => {
    const ward = await mintToken(giangVo, ['unit-manager']);
    const viewer = await mintToken(platform.rootUnitId, ['viewer']);
    const commands: [string, string, unknown][] = [
      ['POST', `/api/v1/units`, { name: 'Chi hội X', kind: 'branch', parentId: district }],
      ['PATCH', `/api/v1/units/${district}`, { name: 'Tên khác' }],
      [
        'POST',
        `/api/v1/units/${giangVo}/move`,
        { parentId: platform.rootUnitId, movedOn: '2025-07-01' },
      ],
      ['POST', `/api/v1/units/${giangVo}/merge`, { successorId: kimMa }],
      ['POST', `/api/v1/units/${district}/dissolve`, { successorId: platform.rootUnitId }],
      ['POST', `/api/v1/units/${district}/population`, { women: 10 }],
      ['POST', `/api/v1/units/${district}/ratings`, { year: 2024, grade: 'good' }],
      ['PUT', `/api/v1/units/${district}/ratings/2024`, { grade: 'good', reason: 'x' }],
      [
        'POST',
        `/api/v1/units/${branches[2]}/inspections`,
        { inspectorUnitId: district, passed: true },
      ],
      ['POST', `/api/v1/member-organisations`, { name: 'Hội Nữ trí thức' }],
    ];
    for (const [method, path, body] of commands) {
      const refused = await api(method, path, { token: ward, body });
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
      const readOnly = await api(method, path, { token: viewer, body });
      expect({ path, status: readOnly.status }).toEqual({ path, status: 403 });
    }
  });

  it('lets the city union take in and let go a member organisation', async () => {
    const name = `Hội Nữ trí thức ${randomUUID().slice(0, 4)}`;
    const joined = await api('POST', '/api/v1/member-organisations', {
      body: { name, joinedOn: '2024-03-08' },
    });
    expect(joined.status).toBe(201);
    const id = (joined.body as { id: string }).id;
    expect(await memberOrganisation(id, 1)).toMatchObject({
      id,
      name,
      unionId: platform.rootUnitId,
      status: 'member',
      joinedOn: '2024-03-08',
      version: 1,
    });
    expect(await memberOrganisations('')).toContainEqual(
      expect.objectContaining({ id, status: 'member' }),
    );
    expect(await memberOrganisationIds('?asOf=2024-03-07')).not.toContain(id);
    expect(await memberOrganisationIds('?asOf=2024-03-08')).toContain(id);
    const twice = await api('POST', '/api/v1/member-organisations', { body: { name } });
    expect(twice).toMatchObject({ status: 409, body: { code: 'organisation.name-taken' } });
    const reason = 'Sáp nhập vào hiệp hội khác';
    const left = await api('POST', `/api/v1/member-organisations/${id}/leave`, {
      body: { reason, leftOn: '2025-01-15' },
    });
    expect(left).toMatchObject({ status: 200, body: { id, version: 2 } });
    await memberOrganisation(id, 2);
    expect(await memberOrganisations('?status=left')).toContainEqual(
      expect.objectContaining({ id, status: 'left', leftOn: '2025-01-15', leaveReason: reason }),
    );
    expect(await memberOrganisationIds('?status=member')).not.toContain(id);
    expect(await memberOrganisationIds('?asOf=2025-01-14')).toContain(id);
    expect(await memberOrganisationIds('?asOf=2025-01-15')).not.toContain(id);
  });

  it('shows member organisations only to users of the city union', async () => {
    const ward = await mintToken(giangVo, ['unit-manager']);
    const viewer = await mintToken(platform.rootUnitId, ['viewer']);
    const [some] = await memberOrganisations('');
    expect(some).toBeDefined();
    for (const path of [
      '/api/v1/member-organisations',
      `/api/v1/member-organisations/${some?.id}`,
    ]) {
      const refused = await api('GET', path, { token: ward });
      expect({ path, refused: refused.body['code'] }).toEqual({
        path,
        refused: 'auth.out-of-scope',
      });
      expect({ path, status: (await api('GET', path, { token: viewer })).status }).toEqual({
        path,
        status: 200,
      });
    }
    const badCursor = await api('GET', '/api/v1/member-organisations?after=not-a-cursor');
    expect(badCursor.status).toBe(422);
  });

  it('ends the district: its grassroots union sits under the city from 1 July 2025', async () => {
    const dissolved = await api('POST', `/api/v1/units/${district}/dissolve`, {
      body: { successorId: platform.rootUnitId, dissolvedOn: '2025-07-01' },
    });
    expect(dissolved).toMatchObject({ status: 200, body: { moved: 1 } });
    await seen(giangVo, 2);
    expect(await childIds(platform.rootUnitId, '2025-06-30')).toContain(district);
    expect(await childIds(platform.rootUnitId, '2025-06-30')).not.toContain(giangVo);
    expect(await childIds(platform.rootUnitId, '2025-07-01')).toContain(giangVo);
    expect(await childIds(platform.rootUnitId, '2025-07-01')).not.toContain(district);
    const branch = await api('GET', `/api/v1/units/${branches[0]}`);
    expect(branch.body).toMatchObject({ ancestorIds: [platform.rootUnitId, giangVo] });
    // The city's totals on either side of the reform: the same units, without the district.
    await expectCounts(platform.rootUnitId, '2025-06-30', {
      own: { ...NONE, district: 1, grassroots: 1, branch: 3 },
      [district]: { ...NONE, grassroots: 1, branch: 3 },
    });
    await expectCounts(platform.rootUnitId, '2025-07-01', {
      own: { ...NONE, grassroots: 1, branch: 3 },
      [giangVo]: { ...NONE, branch: 3 },
    });
    await expectCounts(district, '2025-07-01', { own: NONE });
  });
});
