import { mintToken, waitFor } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { membershipPlatform } from './membership-platform';

// Clubs and models (CLB, mô hình) end to end: founded under a ward the membership service learnt
// of from the organisation topic; members join (once, a retry replayed), a read shows ids only,
// one leaves, the other leaves the union and the club stops counting her; dissolved, no joins.
const PORT = Number(process.env['CLUBS_E2E_PORT'] ?? 3930);
const session = membershipPlatform(PORT);
const { api, establish, root } = session;

/** Admits once the membership service knows the branch (it learns it from the topic). */
async function admit(branchId: string, token: string, nationalId: string): Promise<string> {
  const personal = { fullName: 'Lê Thị Hồng', birthDate: '1975-09-02', nationalId };
  const body = { branchId, admittedOn: '2024-03-08', personal };
  const reply = await session.admitWhenKnown(body, token);
  expect(reply.status).toBe(201);
  return String(reply.body['id']);
}

it('founds a club, members join and leave, a departed member stops counting, dissolved it takes no one', async () => {
  const ward = await establish('Hội LHPN phường Láng Hạ', 'grassroots', root);
  const otherWard = await establish('Hội LHPN phường Ô Chợ Dừa', 'grassroots', root);
  const branch = await establish('Chi hội tổ dân phố 9', 'branch', ward);
  const officer = await mintToken(ward, ['member-officer']);
  const viewer = await mintToken(ward, ['viewer']);
  const stranger = await mintToken(otherWard, ['member-officer']);
  const [hong, thu] = [
    await admit(branch, officer, '001175000901'),
    await admit(branch, officer, '001175000902'),
  ];

  const body = {
    unitId: ward,
    name: 'CLB Gia đình trẻ Láng Hạ',
    type: 'young-families',
    foundedOn: '2024-01-15',
  };
  const bad = await api('POST', '/api/v1/clubs', {
    body: { ...body, type: 'chess' },
    token: officer,
  });
  expect(bad.body).toMatchObject({ status: 422, errors: [{ field: 'type' }] });
  const elsewhere = await api('POST', '/api/v1/clubs', { body, token: stranger });
  expect(elsewhere.body).toMatchObject({ status: 403, code: 'auth.out-of-scope' });
  const founded = await api('POST', '/api/v1/clubs', { body, token: officer });
  expect(founded.status).toBe(201);
  const id = String(founded.body['id']);
  expect(founded.headers.get('location')).toBe(`/api/v1/clubs/${id}`);
  const club = `/api/v1/clubs/${id}`;

  // Joins: a retried request with its key is replayed; a second join without one changes nothing.
  const key = { 'Idempotency-Key': randomUUID() };
  const join = (memberId: string, headers = {}) =>
    api('POST', `${club}/members`, { body: { memberId }, token: officer, headers });
  expect((await join(hong, key)).body).toEqual({ id, version: 2 });
  const retried = await join(hong, key);
  expect(retried.headers.get('idempotent-replayed')).toBe('true');
  expect((await join(hong)).body).toEqual({ id, version: 2 });
  expect((await join(thu)).body).toEqual({ id, version: 3 });
  expect((await join(randomUUID())).body).toMatchObject({
    status: 404,
    code: 'membership.member-not-found',
  });

  const read = await api('GET', club, { token: viewer });
  expect(read.body).toMatchObject({
    id,
    unitId: ward,
    ancestorIds: [root],
    status: 'open',
    type: 'young-families',
    ...{
      typeLabel: 'CLB gia đình trẻ — Young families club',
      memberCount: 2,
      memberIds: [hong, thu],
    },
  });
  expect(JSON.stringify(read.body)).not.toContain('Lê Thị');
  expect((await api('GET', club, { token: stranger })).status).toBe(403);
  await waitFor(
    async () => {
      const list = await api('GET', `/api/v1/clubs?unitId=${ward}`, { token: viewer });
      const [first] = (list.body['items'] ?? []) as { id: string; memberCount: number }[];
      return first?.id === id && first.memberCount === 2;
    },
    'the club in the ward’s list',
    60_000,
  );
  // The ward's figures count it by type, with its members (projections-service).
  await waitFor(
    async () => {
      const summary = await api('GET', `/api/v1/units/${ward}/summary`);
      const clubs = (summary.body['members'] as { clubs?: unknown } | undefined)?.clubs;
      return (
        JSON.stringify(clubs) ===
        JSON.stringify({
          open: 1,
          members: 2,
          byType: { 'young-families': { clubs: 1, members: 2 } },
        })
      );
    },
    'the club in the ward’s membership figures',
    60_000,
  );

  // Hồng leaves the club (a retry replayed, not 404); Thu leaves the union and the club with it.
  const leaveKey = { 'Idempotency-Key': randomUUID() };
  const leave = () =>
    api('DELETE', `${club}/members/${hong}`, { token: officer, headers: leaveKey });
  expect((await leave()).body).toEqual({ id, version: 4 });
  expect((await leave()).status).toBe(200);
  const again = await api('DELETE', `${club}/members/${hong}`, { token: officer });
  expect(again.body).toMatchObject({ status: 404, code: 'membership.not-in-club' });
  const ended = await api('POST', `/api/v1/members/${thu}/leave`, {
    body: { reason: 'moved-away', on: '2024-09-01' },
    token: officer,
  });
  expect(ended.status).toBe(200);
  await waitFor(
    async () => (await api('GET', club, { token: officer })).body['memberCount'] === 0,
    'the departed member out of her club',
    60_000,
  );
  expect((await join(thu)).body).toMatchObject({
    status: 409,
    code: 'membership.member-not-active',
  });

  const dissolved = await api('POST', `${club}/dissolve`, { body: {}, token: officer });
  expect(dissolved.body).toEqual({ id, version: 6 });
  expect((await join(hong)).body).toMatchObject({ status: 409, code: 'membership.club-dissolved' });
  expect((await api('GET', club, { token: officer })).body).toMatchObject({ status: 'dissolved' });
}, 300_000);
