import {
  mintToken,
  startPlatformUnderTest,
  waitFor,
  type PlatformUnderTest,
} from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { callApi, type CallOptions, type Reply } from './http';

// Restructuring end to end, on the real broker and store: a merger moves the children, the
// tree answers as of a date before and after, ratings roll up per subtree, scope is enforced.
let platform: PlatformUnderTest;

beforeAll(async () => {
  platform = await startPlatformUnderTest(3950);
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
      goodOrBetter: 2,
      goodOrBetterShare: 2 / 3,
      weak: 0,
      notInspected: 3,
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
    const joined = await api('POST', '/api/v1/member-organisations', { body: { name } });
    expect(joined.status).toBe(201);
    const id = (joined.body as { id: string }).id;
    const twice = await api('POST', '/api/v1/member-organisations', { body: { name } });
    expect(twice).toMatchObject({ status: 409, body: { code: 'organisation.name-taken' } });
    const left = await api('POST', `/api/v1/member-organisations/${id}/leave`, {
      body: { reason: 'Sáp nhập vào hiệp hội khác' },
    });
    expect(left).toMatchObject({ status: 200, body: { id, version: 2 } });
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
  });
});
