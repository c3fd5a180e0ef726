import {
  mintToken,
  startPlatformUnderTest,
  waitFor,
  type PlatformUnderTest,
} from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { callApi, type CallOptions, type Reply } from './http';

// A restructuring plan as one operation, end to end on the real broker and store: preview,
// refusal of a plan with conflicts or out of scope (nothing applied), then the plan applied as a
// job, and the tree as of the day before and the day it took effect.
let platform: PlatformUnderTest;
let root: string;

beforeAll(async () => {
  root = randomUUID();
  process.env['ROOT_UNIT_ID'] = root;
  platform = await startPlatformUnderTest(Number(process.env['PLAN_E2E_PORT'] ?? 3970));
  delete process.env['ROOT_UNIT_ID'];
}, 300_000);
afterAll(() => platform?.stop(), 60_000);

function api(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  return callApi(platform.url, method, path, { token: platform.adminToken, ...options });
}

async function establish(name: string, kind: string, parentId: string): Promise<string> {
  const body = { name, kind, parentId, establishedOn: '2019-01-01' };
  const reply = await api('POST', '/api/v1/units', { body });
  expect(reply.status).toBe(201);
  return (reply.body as { id: string }).id;
}

/** The children on the date; none while the read model does not know the parent yet (404). */
async function childIds(parentId: string, asOf: string): Promise<string[]> {
  const reply = await api('GET', `/api/v1/units/${parentId}/children?asOf=${asOf}`);
  if (reply.status === 404) return [];
  expect(reply.status).toBe(200);
  return (reply.body as { items: { id: string }[] }).items.map((u) => u.id).sort();
}

async function childNames(parentId: string, asOf: string): Promise<string[]> {
  const reply = await api('GET', `/api/v1/units/${parentId}/children?asOf=${asOf}`);
  return (reply.body as { items: { name: string }[] }).items.map((u) => u.name).sort();
}

/** Two districts: Tây Hồ with two wards of two branches each, Hoàn Kiếm with one ward. */
async function districts(suffix = '') {
  const tayHo = await establish(`Hội LHPN quận Tây Hồ${suffix}`, 'district', root);
  const hoanKiem = await establish(`Hội LHPN quận Hoàn Kiếm${suffix}`, 'district', root);
  const quangAn = await establish('Hội LHPN phường Quảng An', 'grassroots', tayHo);
  const nhatTan = await establish('Hội LHPN phường Nhật Tân', 'grassroots', tayHo);
  const hangBac = await establish('Hội LHPN phường Hàng Bạc', 'grassroots', hoanKiem);
  const branches = [
    await establish('Chi hội Quảng An 1', 'branch', quangAn),
    await establish('Chi hội Quảng An 2', 'branch', quangAn),
    await establish('Chi hội Nhật Tân 1', 'branch', nhatTan),
    await establish('Chi hội Nhật Tân 2', 'branch', nhatTan),
  ];
  return { tayHo, hoanKiem, quangAn, nhatTan, hangBac, branches };
}

const plan = (steps: unknown[]) => ({
  title: 'Sắp xếp phường Tây Hồ',
  effectiveOn: '2025-07-01',
  steps,
});

it('previews, refuses conflicts and scope whole, then applies a plan as one job', async () => {
  const t = await districts();
  const reform = plan([
    {
      op: 'establish',
      ref: 'tay-ho',
      name: 'Hội LHPN phường Tây Hồ',
      kind: 'grassroots',
      parent: root,
    },
    { op: 'merge', unit: t.quangAn, successor: 'tay-ho' },
    { op: 'merge', unit: t.nhatTan, successor: 'tay-ho' },
    { op: 'dissolve', unit: t.tayHo, successor: root },
  ]);

  const preview = await api('POST', '/api/v1/restructurings/preview', { body: reform });
  expect(preview.status).toBe(200);
  expect(preview.body).toMatchObject({
    valid: true,
    conflicts: [],
    summary: { establish: 1, merge: 2, 'move-child': 4, dissolve: 1 },
  });

  // Hoàn Kiếm's ward into a Tây Hồ ward is of the same kind, but Tây Hồ's manager may not.
  const tayHoManager = await mintToken(t.tayHo, ['unit-manager']);
  const outside = plan([{ op: 'merge', unit: t.hangBac, successor: t.quangAn }]);
  const refused = await api('POST', '/api/v1/restructurings', {
    body: outside,
    token: tayHoManager,
  });
  expect(refused.status).toBe(403);
  expect(refused.body).toMatchObject({ code: 'auth.out-of-scope' });

  const conflicting = plan([
    { op: 'merge', unit: t.quangAn, successor: t.tayHo },
    { op: 'move', unit: t.tayHo, parent: t.nhatTan },
    { op: 'dissolve', unit: t.hoanKiem, successor: null },
  ]);
  const invalid = await api('POST', '/api/v1/restructurings', { body: conflicting });
  expect(invalid.status).toBe(422);
  expect(invalid.body).toMatchObject({ code: 'organisation.restructuring-invalid' });
  const fields = (invalid.body['errors'] as { field: string }[]).map((e) => e.field);
  expect(fields).toEqual(['steps[0]', 'steps[1]', 'steps[2]']);
  // Nothing was applied: Quảng An keeps its branches (once the read model has them).
  await waitFor(
    async () => (await childIds(t.quangAn, '2030-01-01')).length === 2,
    'Quảng An’s branches in the read model',
    60_000,
  );
  expect(await childIds(t.quangAn, '2030-01-01')).toEqual([t.branches[0], t.branches[1]].sort());

  const accepted = await api('POST', '/api/v1/restructurings', { body: reform });
  expect(accepted.status).toBe(202);
  expect(accepted.headers.get('location')).toBe(
    `/api/v1/restructurings/${String(preview.body['id'])}`,
  );
  let job: Record<string, unknown> = accepted.body;
  await waitFor(
    async () => {
      job = (await api('GET', `/api/v1/restructurings/${String(accepted.body['id'])}`)).body;
      return job['status'] !== 'running';
    },
    'the restructuring job to end',
    120_000,
  );
  expect(job).toMatchObject({ status: 'completed', total: 4, done: 4, percent: 100 });
  const again = await api('POST', '/api/v1/restructurings', { body: reform });
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({ id: accepted.body['id'], status: 'completed' });

  // The read model: the city before and after the day of the plan.
  const newWard = (preview.body['changes'] as { op: string; unitId: string }[])[0]?.unitId ?? '';
  await waitFor(
    async () => (await childIds(newWard, '2025-07-01')).length === 4,
    'the merged wards’ branches under the new ward',
    60_000,
  );
  expect(await childIds(newWard, '2025-07-01')).toEqual([...t.branches].sort());
  expect(await childIds(t.tayHo, '2025-06-30')).toEqual([t.quangAn, t.nhatTan].sort());
  expect(await childNames(root, '2025-06-30')).toEqual(
    ['Hội LHPN quận Hoàn Kiếm', 'Hội LHPN quận Tây Hồ'].sort(),
  );
  // The district's dissolution is on another partition than the branches' moves: wait for it.
  const after = ['Hội LHPN phường Tây Hồ', 'Hội LHPN quận Hoàn Kiếm'].sort();
  await waitFor(
    async () => JSON.stringify(await childNames(root, '2025-07-01')) === JSON.stringify(after),
    'the city as of 1 July 2025',
    60_000,
  );
  expect(await childNames(root, '2025-07-01')).toEqual(after);
  const events = async () =>
    ((await api('GET', `/api/v1/units/${t.quangAn}/history`)).body['items'] as { event: string }[])
      .map((e) => e.event)
      .join();
  await waitFor(
    async () => (await events()).includes('UnitsMerged'),
    'the merger in history',
    60_000,
  );
  expect(await events()).toBe('UnitEstablished,UnitsMerged');
}, 300_000);

it('takes the plan as a CSV sheet, one step a row, and names the rows of its errors', async () => {
  const t = await districts(' (2)');
  const csv = (rows: string[][]) =>
    ['Thao tác,Đơn vị,Đơn vị nhận,Tên,Loại', ...rows.map((r) => r.join(','))].join('\n');
  const sheet = (rows: string[][], path: string) =>
    api('POST', `${path}?title=T%C3%A2y%20H%E1%BB%93&effectiveOn=2025-07-01`, {
      headers: { 'content-type': 'text/csv' },
      raw: csv(rows),
    });
  const broken = await sheet(
    [
      ['thành lập', 'tay-ho', root, 'Hội LHPN phường Tây Hồ (2)', 'grassroots'],
      ['gộp', t.quangAn, 'tay-ho', '', ''],
      ['sáp nhập', t.nhatTan, '', '', ''],
    ],
    '/api/v1/restructurings',
  );
  expect(broken.status).toBe(422);
  expect((broken.body['errors'] as { row: number }[]).map((e) => e.row)).toEqual([3, 4]);
  // A step the tree refuses is named by its row too.
  const conflict = await sheet(
    [['sáp nhập', t.quangAn, t.tayHo, '', '']],
    '/api/v1/restructurings/preview',
  );
  expect(conflict.body['conflicts']).toEqual([
    expect.objectContaining({ field: 'steps[0]', row: 2 }),
  ]);
  const mapping = [
    ['thành lập', 'tay-ho', root, 'Hội LHPN phường Tây Hồ (2)', 'grassroots'],
    ['sáp nhập', t.quangAn, 'tay-ho', '', ''],
    ['sáp nhập', t.nhatTan, 'tay-ho', '', ''],
    ['giải thể', t.tayHo, root, '', ''],
  ];
  const preview = await sheet(mapping, '/api/v1/restructurings/preview');
  expect(preview.body).toMatchObject({
    valid: true,
    summary: { establish: 1, merge: 2, 'move-child': 4, dissolve: 1 },
  });
  const accepted = await sheet(mapping, '/api/v1/restructurings');
  expect(accepted.status).toBe(202);
  expect(accepted.body['id']).toBe(preview.body['id']);
  await waitFor(
    async () =>
      (await api('GET', `/api/v1/restructurings/${String(accepted.body['id'])}`)).body['status'] ===
      'completed',
    'the sheet’s plan applied',
    120_000,
  );
}, 300_000);
