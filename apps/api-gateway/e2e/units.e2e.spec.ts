import { mintToken, startPlatformUnderTest, type PlatformUnderTest } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { callApi, type CallOptions, type Reply } from './http';

// The walking skeleton end to end: HTTP in at the gateway, a command in organisation-service,
// an event through the real Kafka into projections-service's read model, and HTTP out again.
let platform: PlatformUnderTest;

beforeAll(async () => {
  platform = await startPlatformUnderTest(3900);
}, 300_000);
afterAll(() => platform?.stop(), 60_000);

function api(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  return callApi(platform.url, method, path, options);
}

const admin = (): string => platform.adminToken;

async function establish(
  name: string,
  kind: string,
  parentId: string,
  token = admin(),
): Promise<{ id: string; version: number }> {
  const reply = await api('POST', '/api/v1/units', { token, body: { name, kind, parentId } });
  expect(reply.status).toBe(201);
  return reply.body as { id: string; version: number };
}

describe('units through the gateway', () => {
  it('establishes a unit and reads it back once the read model has its version', async () => {
    const ward = await establish(
      `Hội LHPN phường ${randomUUID().slice(0, 6)}`,
      'grassroots',
      platform.rootUnitId,
    );
    expect(ward.version).toBe(1);
    const read = await api('GET', `/api/v1/units/${ward.id}?minVersion=${ward.version}`, {
      token: admin(),
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: ward.id,
      kind: 'grassroots',
      parentId: platform.rootUnitId,
      ancestorIds: [platform.rootUnitId],
      version: 1,
    });

    const renamed = await api('PATCH', `/api/v1/units/${ward.id}`, {
      token: admin(),
      body: { name: 'Hội LHPN phường Ngọc Hà' },
    });
    expect(renamed).toMatchObject({ status: 200, body: { id: ward.id, version: 2 } });
    const after = await api('GET', `/api/v1/units/${ward.id}?minVersion=2`, { token: admin() });
    expect(after.body).toMatchObject({ name: 'Hội LHPN phường Ngọc Hà', version: 2 });

    const branch = await establish('Chi hội tổ dân phố 5', 'branch', ward.id);
    await api('GET', `/api/v1/units/${branch.id}?minVersion=1`, { token: admin() });
    const children = await api('GET', `/api/v1/units/${ward.id}/children`, { token: admin() });
    expect(children.body['items']).toEqual([
      expect.objectContaining({ id: branch.id, ancestorIds: [platform.rootUnitId, ward.id] }),
    ]);
  });

  it('answers 401 without a valid token, as problem+json', async () => {
    const none = await api('GET', `/api/v1/units/${platform.rootUnitId}`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(none.body).toMatchObject({ status: 401, code: 'auth.missing-token' });
    const forged = await api('GET', `/api/v1/units/${platform.rootUnitId}`, {
      token: `${admin().slice(0, -4)}AAAA`,
    });
    expect(forged).toMatchObject({ status: 401, body: { code: 'auth.invalid-token' } });
  });

  it('keeps a user scoped to one ward out of another ward, reading and writing (403)', async () => {
    const mine = await establish(
      `Hội LHPN xã A ${randomUUID().slice(0, 6)}`,
      'grassroots',
      platform.rootUnitId,
    );
    const other = await establish(
      `Hội LHPN xã B ${randomUUID().slice(0, 6)}`,
      'grassroots',
      platform.rootUnitId,
    );
    await api('GET', `/api/v1/units/${other.id}?minVersion=1`, { token: admin() });
    const manager = await mintToken(mine.id, ['unit-manager']);
    expect((await api('GET', `/api/v1/units/${other.id}`, { token: manager })).body).toMatchObject({
      status: 403,
      code: 'auth.out-of-scope',
    });
    const write = await api('POST', '/api/v1/units', {
      token: manager,
      body: { name: 'Chi hội 1', kind: 'branch', parentId: other.id },
    });
    expect(write.body).toMatchObject({ status: 403, code: 'auth.out-of-scope' });
    expect((await establish('Chi hội 1', 'branch', mine.id, manager)).version).toBe(1);
    const viewer = await mintToken(mine.id, ['viewer']);
    const denied = await api('POST', '/api/v1/units', {
      token: viewer,
      body: { name: 'Chi hội 2', kind: 'branch', parentId: mine.id },
    });
    expect(denied.body).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });

  it('answers 404 for an unknown unit and parent, 409 for a taken name, 422 for bad input', async () => {
    expect(
      (await api('GET', `/api/v1/units/${randomUUID()}`, { token: admin() })).body,
    ).toMatchObject({ status: 404, code: 'organisation.unit-not-found' });
    const orphan = await api('POST', '/api/v1/units', {
      token: admin(),
      body: { name: 'Chi hội X', kind: 'branch', parentId: randomUUID() },
    });
    expect(orphan.body).toMatchObject({ status: 404, code: 'organisation.parent-not-found' });
    const name = `Hội LHPN phường ${randomUUID().slice(0, 6)}`;
    await establish(name, 'grassroots', platform.rootUnitId);
    const twice = await api('POST', '/api/v1/units', {
      token: admin(),
      body: { name: name.toUpperCase(), kind: 'grassroots', parentId: platform.rootUnitId },
    });
    expect(twice.body).toMatchObject({ status: 409, code: 'organisation.name-taken' });
    const bad = await api('POST', '/api/v1/units', {
      token: admin(),
      body: { name: '', kind: 'Chi hội', extra: 1 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body['code']).toBe('validation.invalid');
    expect((bad.body['errors'] as { field: string }[]).map((e) => e.field).sort()).toEqual([
      '(root)',
      'kind',
      'name',
    ]);
    expect((await api('GET', '/api/v1/units/not-a-uuid', { token: admin() })).status).toBe(422);
  });

  it('answers a retried POST with the first response and establishes one unit only', async () => {
    const ward = await establish(
      `Hội LHPN phường ${randomUUID().slice(0, 6)}`,
      'grassroots',
      platform.rootUnitId,
    );
    const key = randomUUID();
    const request = {
      token: admin(),
      body: { name: 'Chi hội 7', kind: 'branch', parentId: ward.id },
      headers: { 'idempotency-key': key },
    };
    const first = await api('POST', '/api/v1/units', request);
    const retry = await api('POST', '/api/v1/units', request);
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    // The ward and the branch are on different partitions: wait for both.
    for (const id of [ward.id, String(first.body['id'])]) {
      const seen = await api('GET', `/api/v1/units/${id}?minVersion=1&waitMs=10000`, {
        token: admin(),
      });
      expect(seen.status).toBe(200);
    }
    const children = await api('GET', `/api/v1/units/${ward.id}/children`, { token: admin() });
    expect(children).toMatchObject({ status: 200 });
    expect(children.body['items']).toHaveLength(1);
  });

  it('serves its OpenAPI description and docs without a token', async () => {
    const openapi = await api('GET', '/api/openapi.json');
    expect(openapi.status).toBe(200);
    // Every path (the order of a JSON object is not part of the document).
    expect(Object.keys(openapi.body['paths'] as object).sort()).toEqual(
      [
        '/api/v1/units',
        '/api/v1/units/{id}',
        '/api/v1/units/{id}/children',
        '/api/v1/units/{id}/history',
        '/api/v1/units/{id}/summary',
        '/api/v1/units/{id}/move',
        '/api/v1/units/{id}/merge',
        '/api/v1/units/{id}/dissolve',
        '/api/v1/units/{id}/population',
        '/api/v1/units/{id}/ratings',
        '/api/v1/units/{id}/ratings/{year}',
        '/api/v1/units/{id}/inspections',
        '/api/v1/member-organisations',
        '/api/v1/member-organisations/{id}/leave',
        '/api/v1/unit-imports',
        '/api/v1/unit-imports/{id}',
        '/api/v1/restructurings/preview',
        '/api/v1/restructurings',
        '/api/v1/restructurings/{id}',
        '/api/v1/members/search',
        '/api/v1/members',
        '/api/v1/members/{id}',
        '/api/v1/members/{id}/transfer',
        '/api/v1/members/{id}/fees',
        '/api/v1/members/{id}/special-groups',
        '/api/v1/members/{id}/special-groups/{group}',
        '/api/v1/members/{id}/party',
        '/api/v1/members/{id}/readmit',
        '/api/v1/members/{id}/contact',
        '/api/v1/members/{id}/leave',
        '/api/v1/members/{id}/erase',
        '/api/v1/cadre-imports',
        '/api/v1/cadre-imports/{id}',
        '/api/v1/units/{id}/cadres.xlsx',
        '/api/v1/cadres',
        '/api/v1/cadres/{id}',
        '/api/v1/cadres/{id}/awards',
        '/api/v1/cadres/{id}/erase',
        '/api/v1/cadres/{id}/posts',
        '/api/v1/cadres/{id}/posts/{postId}/end',
        '/api/v1/cadres/{id}/qualifications',
        '/api/v1/cadres/{id}/rotate',
        '/api/v1/cadres/{id}/succession-plans',
        '/api/v1/courses',
        '/api/v1/courses/{id}',
        '/api/v1/courses/{id}/attendance',
        '/api/v1/courses/{id}/certificates/{certificateId}',
        '/api/v1/courses/{id}/completions',
        '/api/v1/courses/{id}/enrolments',
        '/api/v1/courses/{id}/enrolments/unit',
        '/api/v1/courses/{id}/learners/{cadreId}',
        '/api/v1/courses/{id}/learners/{cadreId}/modules/{moduleId}/answers',
        '/api/v1/courses/{id}/learners/{cadreId}/modules/{moduleId}/progress',
        '/api/v1/courses/{id}/modules',
        '/api/v1/courses/{id}/withdrawals',
        '/api/v1/clubs',
        '/api/v1/clubs/{id}',
        '/api/v1/clubs/{id}/members',
        '/api/v1/clubs/{id}/members/{memberId}',
        '/api/v1/clubs/{id}/dissolve',
        '/api/v1/member-imports',
        '/api/v1/member-imports/{id}',
        '/api/v1/units/{id}/members.xlsx',
        '/api/v1/member-organisations/{id}',
      ].sort(),
    );
    const docs = await fetch(`${platform.url}/api/docs`);
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    expect((await fetch(`${platform.url}/api/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });
});
