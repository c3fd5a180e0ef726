import { mintToken, testInfra, waitFor } from '@vwu/platform-testing';
import mongoose from 'mongoose';
import type { Reply } from './http';
import { membershipPlatform } from './membership-platform';

// Members end to end: admission through the gateway into a branch the membership service learnt
// of from the organisation topic, personal data in full or masked by role, a national ID number
// refused twice, the fee, leaving, erasure, and the membership topic free of personal data.
const PORT = Number(process.env['MEMBERS_E2E_PORT'] ?? 3990);
const session = membershipPlatform(PORT);
const { api, database, establish, membershipTopic, root } = session;

const lan = {
  fullName: 'Nguyễn Thị Lan',
  birthDate: '1990-05-17',
  nationalId: '001190012345',
  phone: '0912345678',
  address: 'Số 5 ngõ 12 Kim Mã',
};

const NEW_PHONE = '0977000111';

/** Admits once the membership service knows the branch (it learns it from the topic). */
function admit(branchId: string, token: string, personal = lan): Promise<Reply> {
  const body = { branchId, admittedOn: '2024-03-08', specialGroups: ['young'], personal };
  return session.admitWhenKnown(body, token);
}

/** Members found by name (`nguyen lan`: words of her name, accents optional). */
async function search(token: string, name: string, unitId?: string): Promise<Reply> {
  const body = { name, ...(unitId ? { unitId } : {}) };
  return api('POST', '/api/v1/members/search', { token, body });
}

async function found(token: string, name = 'nguyen lan'): Promise<Record<string, unknown>[]> {
  const reply = await search(token, name);
  expect(reply.status).toBe(200);
  return reply.body['items'] as Record<string, unknown>[];
}

/** Whether membership-service's directory still has an entry for her. */
async function inDirectory(memberId: string): Promise<boolean> {
  const connection = await mongoose
    .createConnection(testInfra().MONGO_URL, {
      dbName: `${session.platform.namespace}vwu_membership`,
    })
    .asPromise();
  try {
    return (
      (await connection.collection('member_names').countDocuments({ _id: memberId as never })) > 0
    );
  } finally {
    await connection.close();
  }
}

// First in the file: the root's figures are then this test's alone.
it('rolls up the figures of units set up today, as the quick start does (no dates given)', async () => {
  const post = async (path: string, body: Record<string, unknown>, token?: string) => {
    const reply = await api('POST', path, { body, ...(token ? { token } : {}) });
    if (reply.status !== 200 && reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    return String(reply.body['id']);
  };
  const unit = (name: string, kind: string, parentId: string) =>
    post('/api/v1/units', { name, kind, parentId });
  // The spec's root unit (the city) was established today, when the platform started.
  const city = root;
  const kimMa = await unit('Hội LHPN phường Hàng Bạc', 'grassroots', city);
  const giangVo = await unit('Hội LHPN phường Hàng Đào', 'grassroots', city);
  const [br, br2] = [
    await unit('Chi hội tổ dân phố 11', 'branch', kimMa),
    await unit('Chi hội tổ dân phố 12', 'branch', kimMa),
  ];
  const brgv = await unit('Chi hội tổ dân phố 21', 'branch', giangVo);
  const officer = await mintToken(city, ['member-officer']);
  const ids: string[] = [];
  for (const [i, branchId] of [br, br, br, br2, br2].entries()) {
    const personal = { ...lan, nationalId: `00119000040${i}` };
    const reply = await session.admitWhenKnown({ branchId, personal }, officer);
    expect(reply.status).toBe(201);
    ids.push(String(reply.body['id']));
  }
  const [m1, m2, m3, m4] = ids as [string, string, string, string];
  await post(`/api/v1/members/${m1}/leave`, { reason: 'personal' }, officer);
  await post(`/api/v1/members/${m1}/readmit`, { branchId: br }, officer);
  await post(`/api/v1/members/${m2}/transfer`, { toBranchId: br2 }, officer);
  await post(`/api/v1/members/${m3}/transfer`, { toBranchId: brgv }, officer);
  await post(`/api/v1/members/${m4}/party`, { step: 'introduced' }, officer);

  type Figures = Record<string, unknown> & { active: number; party: { introduced: number } };
  const year = new Date().getFullYear();
  const summary = async () =>
    (await api('GET', `/api/v1/units/${city}/summary?year=${year}&children=true`)).body as {
      members: Figures;
      children: { unitId: string; members: Figures }[];
    };
  await waitFor(
    async () => {
      const { members } = await summary();
      return members.active === 5 && members.party.introduced === 1;
    },
    'the figures of the units set up today',
    60_000,
  );
  const read = await summary();
  const flows = { admittedInYear: 5, admittedInTerm: 5, readmittedInYear: 1 };
  expect(read.members).toMatchObject({
    ...flows,
    endedInYear: { left: 1 },
    transfers: { in: 0, out: 0 },
  });
  const child = (id: string) => read.children.find((c) => c.unitId === id)?.members;
  expect(child(kimMa)).toMatchObject({
    ...flows,
    active: 4,
    transfers: { in: 0, out: 1 },
    party: { introduced: 1 },
  });
  expect(child(giangVo)).toMatchObject({ active: 1, transfers: { in: 1, out: 0 } });
}, 300_000);

it('admits, shows, charges, releases and erases a member, nothing personal on Kafka, in the store or the logs', async () => {
  const ward = await establish('Hội LHPN phường Kim Mã', 'grassroots', root);
  const otherWard = await establish('Hội LHPN phường Giảng Võ', 'grassroots', root);
  const branch = await establish('Chi hội tổ dân phố 5', 'branch', ward);
  const otherBranch = await establish('Chi hội tổ dân phố 1', 'branch', otherWard);
  const officer = await mintToken(ward, ['member-officer']);
  const viewer = await mintToken(ward, ['viewer']);
  const otherOfficer = await mintToken(otherWard, ['member-officer']);

  const admitted = await admit(branch, officer);
  expect(admitted.status).toBe(201);
  const id = String(admitted.body['id']);
  expect((await api('GET', `/api/v1/members/${id}`, { token: officer })).body).toMatchObject({
    status: 'active',
    branchId: branch,
    ancestorIds: [root, ward],
    birthYear: 1990,
    personal: lan,
  });
  expect((await api('GET', `/api/v1/members/${id}`, { token: viewer })).body['personal']).toEqual({
    masked: true,
    fullName: 'N*** T*** L***',
    birthYear: 1990,
    nationalId: '*********345',
    phone: '*******678',
  });
  expect((await api('GET', `/api/v1/members/${id}`, { token: otherOfficer })).status).toBe(403);

  const twice = await admit(otherBranch, otherOfficer);
  expect(twice.body).toMatchObject({ status: 409, code: 'membership.national-id-taken' });
  expect(JSON.stringify(twice.body)).not.toContain(lan.nationalId);
  const young = await admit(branch, officer, {
    ...lan,
    nationalId: '001206000001',
    birthDate: '2006-03-09',
  });
  expect(young.body).toMatchObject({ status: 422, code: 'membership.under-age' });

  const fee = { year: 2024, amount: 12_000, paidOn: '2024-04-01' };
  expect(
    (await api('POST', `/api/v1/members/${id}/fees`, { body: fee, token: officer })).status,
  ).toBe(200);
  const path = (p: string) => `/api/v1/members/${id}${p}`;
  const ok = async (method: string, p: string, body: unknown) =>
    (await api(method, path(p), { body, token: officer })).status;
  expect(await ok('POST', '/special-groups', { group: 'migrant' })).toBe(200);
  expect(await ok('POST', '/party', { step: 'introduced', on: '2024-05-01' })).toBe(200);
  expect(await ok('PATCH', '/contact', { phone: NEW_PHONE })).toBe(200);
  expect((await api('GET', path(''), { token: officer })).body).toMatchObject({
    specialGroups: ['young', 'migrant'],
    personal: { ...lan, phone: NEW_PHONE },
  });
  // The directory: her name by its words, accents optional, within scope, masked by role.
  await waitFor(
    async () => (await found(officer)).some((m) => m['id'] === id),
    'her in the member directory',
    60_000,
  );
  expect(await found(officer)).toEqual([
    { id, status: 'active', branchId: branch, birthYear: 1990, fullName: lan.fullName },
  ]);
  expect(await found(officer, 'LAN')).toEqual([expect.objectContaining({ id })]);
  // A name is personal data: no search for a reader who sees masked values, none out of scope.
  expect((await search(viewer, 'lan')).status).toBe(403);
  expect((await search(otherOfficer, 'nguyen lan', ward)).status).toBe(403);
  expect(await found(otherOfficer)).toEqual([]);
  expect((await search(officer, 'l')).body).toMatchObject({ status: 422 });
  // Erasure while she is active is refused: she would stay counted with no data, her number free.
  const early = await api('POST', path('/erase'), { body: {}, token: officer });
  expect(early.body).toMatchObject({ status: 409, code: 'membership.member-active' });
  expect(String(early.body['detail'])).toContain('ra khỏi Hội');
  expect((await api('GET', path(''), { token: officer })).body).toMatchObject({
    status: 'active',
    erased: false,
    personal: { ...lan, phone: NEW_PHONE },
  });
  expect((await admit(otherBranch, otherOfficer)).body).toMatchObject({
    code: 'membership.national-id-taken',
  });
  const again = await api('POST', path('/readmit'), { body: { branchId: branch }, token: officer });
  expect(again.body).toMatchObject({ status: 409, code: 'membership.member-exists' });
  const left = { reason: 'moved-away', on: '2024-09-01' };
  expect(
    (await api('POST', `/api/v1/members/${id}/leave`, { body: left, token: officer })).status,
  ).toBe(200);
  // She left: her number is free for an admission elsewhere, and no longer hers to take back.
  expect((await admit(otherBranch, otherOfficer)).status).toBe(201);
  const back = await api('POST', path('/readmit'), { body: { branchId: branch }, token: officer });
  expect(back.body).toMatchObject({ status: 409, code: 'membership.national-id-taken' });

  const erased = await api('POST', `/api/v1/members/${id}/erase`, { body: {}, token: officer });
  expect(erased.status).toBe(200);
  expect(await found(officer)).toEqual([]);
  await waitFor(async () => !(await inDirectory(id)), 'her directory entry removed', 60_000);
  expect((await api('GET', `/api/v1/members/${id}`, { token: officer })).body).toMatchObject({
    status: 'left',
    erased: true,
    birthYear: 1990,
    personal: null,
  });

  // Admitted ×2, fee, special group, Party, left, erased (a contact change is not published).
  const topic = await membershipTopic(7);
  const values = [...Object.values(lan), NEW_PHONE];
  for (const value of values) expect(topic).not.toContain(value);
  expect(topic).toContain('"birthYear":1990');
  // Nor in any collection of the service's database (events, reservations, keys, places)…
  const stored = await database('vwu_membership');
  for (const value of values) expect(stored).not.toContain(value);
  expect(stored).toContain('"birthYear":1990');
  // …nor in the read models (her record for the figures is there, with her birth year only)…
  await waitFor(
    async () => (await database('vwu_projections')).includes(`"_id":"${id}"`),
    'her record in the read models',
    60_000,
  );
  const projected = await database('vwu_projections');
  for (const value of values) expect(projected).not.toContain(value);
  expect(projected).toContain('"birthYear":1990');
  // …nor in any line the services logged.
  for (const value of values) expect(session.platform.output()).not.toContain(value);
}, 300_000);

it('puts a member in a women’s group of her own branch only: admission and transfer', async () => {
  const ward = await establish('Hội LHPN phường Thành Công', 'grassroots', root);
  const br = await establish('Chi hội tổ dân phố 11', 'branch', ward);
  const br2 = await establish('Chi hội tổ dân phố 12', 'branch', ward);
  const group = await establish('Tổ phụ nữ số 1', 'group', br);
  const officer = await mintToken(ward, ['member-officer']);
  const body = (branchId: string, nationalId: string) => ({
    branchId,
    groupId: group,
    admittedOn: '2024-03-08',
    personal: { ...lan, nationalId },
  });
  // Into her branch's group, once membership-service knows the group (from the topic).
  let inGroup = await session.admitWhenKnown(body(br, '001190000301'), officer);
  await waitFor(
    async () => {
      if (inGroup.body['code'] !== 'membership.group-not-in-branch') return true;
      inGroup = await api('POST', '/api/v1/members', {
        body: body(br, '001190000301'),
        token: officer,
      });
      return false;
    },
    'the group in the membership service',
    60_000,
  );
  expect(inGroup.status).toBe(201);
  const id = String(inGroup.body['id']);
  expect((await api('GET', `/api/v1/members/${id}`, { token: officer })).body).toMatchObject({
    branchId: br,
    groupId: group,
  });
  // Into BR2 with BR's group: refused, nobody admitted.
  const foreign = await session.admitWhenKnown(body(br2, '001190000302'), officer);
  expect(foreign.body).toMatchObject({ status: 422, code: 'membership.group-not-in-branch' });
  // A transfer to BR2 cannot keep her BR group; without one she moves, her group cleared.
  const transfer = (groupId: string | null) =>
    api('POST', `/api/v1/members/${id}/transfer`, {
      body: { toBranchId: br2, groupId, transferredOn: '2025-01-10' },
      token: officer,
    });
  expect((await transfer(group)).body).toMatchObject({
    status: 422,
    code: 'membership.group-not-in-branch',
  });
  expect((await transfer(null)).status).toBe(200);
  expect((await api('GET', `/api/v1/members/${id}`, { token: officer })).body).toMatchObject({
    branchId: br2,
    groupId: null,
  });
}, 300_000);

it('moves the members of a merged branch to its successor, once', async () => {
  const ward = await establish('Hội LHPN phường Ngọc Hà', 'grassroots', root);
  const merging = await establish('Chi hội tổ dân phố 2', 'branch', ward);
  const successor = await establish('Chi hội tổ dân phố 3', 'branch', ward);
  const officer = await mintToken(ward, ['member-officer']);
  const ids: string[] = [];
  for (const nationalId of ['001190000101', '001190000102']) {
    const reply = await admit(merging, officer, { ...lan, nationalId });
    expect(reply.status).toBe(201);
    ids.push(String(reply.body['id']));
  }
  const merge = { successorId: successor, mergedOn: '2025-07-01' };
  expect((await api('POST', `/api/v1/units/${merging}/merge`, { body: merge })).status).toBe(200);

  const member = async (id: string) =>
    (await api('GET', `/api/v1/members/${id}`, { token: officer })).body;
  await waitFor(
    async () => (await Promise.all(ids.map(member))).every((m) => m['branchId'] === successor),
    'the merged branch’s members in the successor',
    60_000,
  );
  // Sweeps go on every few seconds: none moves anyone twice.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  for (const id of ids)
    expect(await member(id)).toMatchObject({ branchId: successor, status: 'active', version: 2 });
}, 300_000);

it('admits, moves and charges members, and every subtree reads its figures', async () => {
  const district = await establish('Quận Ba Đình', 'district', root);
  const [kimMa, ngocHa] = [
    await establish('Hội LHPN phường Liễu Giai', 'grassroots', district),
    await establish('Hội LHPN phường Cống Vị', 'grassroots', district),
  ];
  const [a, b] = [
    await establish('Chi hội tổ dân phố 7', 'branch', kimMa),
    await establish('Chi hội tổ dân phố 8', 'branch', ngocHa),
  ];
  for (const [unit, women] of [
    [kimMa, 3],
    [ngocHa, 10],
  ] as const)
    expect(
      (
        await api('POST', `/api/v1/units/${unit}/population`, {
          body: { women, asOf: '2026-01-01' },
        })
      ).status,
    ).toBe(200);
  const officer = await mintToken(district, ['member-officer']);
  const ids: string[] = [];
  for (const nationalId of ['001190000201', '001190000202', '001190000203']) {
    const reply = await admit(a, officer, { ...lan, nationalId });
    expect(reply.status).toBe(201);
    ids.push(String(reply.body['id']));
  }
  const [first, second] = ids as [string, string];
  const move = { toBranchId: b, transferredOn: '2026-06-01' };
  expect(
    (await api('POST', `/api/v1/members/${second}/transfer`, { body: move, token: officer }))
      .status,
  ).toBe(200);
  const fee = { year: 2026, amount: 24_000, paidOn: '2026-06-02' };
  expect(
    (await api('POST', `/api/v1/members/${first}/fees`, { body: fee, token: officer })).status,
  ).toBe(200);

  const summary = async (unit: string) =>
    (await api('GET', `/api/v1/units/${unit}/summary?year=2026&children=true`)).body as {
      members: Record<string, unknown> & { active: number; fees: { paid: number } };
      children: { unitId: string; members: Record<string, unknown> }[];
    };
  await waitFor(
    async () => {
      const { members } = await summary(district);
      return members.active === 3 && members.fees.paid === 1;
    },
    'the district’s membership figures',
    60_000,
  );
  const read = await summary(district);
  expect(read.members).toMatchObject({
    active: 3,
    admittedInYear: 0,
    admittedInTerm: 3,
    transfers: { in: 0, out: 0 },
    fees: { paid: 1, waived: 0, unpaid: 2, paymentRate: 1 / 3 },
    specialGroups: { young: 3 },
    ageBands: { '31-45': 3 },
    attraction: { womenPopulation: 13, grassroots: 2, grassrootsOver60: 1 },
  });
  const child = (unit: string) => read.children.find((c) => c.unitId === unit)?.members;
  // Liễu Giai: 2 of 3 women (over 60%); Cống Vị: 1 of 10. Admitted in 2024 (the helper's date).
  expect(child(kimMa)).toMatchObject({
    active: 2,
    transfers: { in: 0, out: 1 },
    attraction: { rate: 2 / 3, grassrootsOver60: 1 },
  });
  expect(child(ngocHa)).toMatchObject({ active: 1, transfers: { in: 1, out: 0 } });
  expect((await summary(kimMa)).members).toMatchObject({ active: 2, fees: { paid: 1 } });
}, 300_000);
