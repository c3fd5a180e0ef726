import { mintToken, waitFor } from '@vwu/platform-testing';
import { readTable, TABLE_MEDIA_TYPES, type Table } from '@vwu/platform-tabular';
import type { Reply } from './http';
import { membershipPlatform } from './membership-platform';

// Bulk registration of cadres end to end: a CSV list through the gateway into units
// training-service learnt from the organisation topic, the job to its end, a cadre readable,
// the subtree's list as XLSX that imports again, a list out of scope refused whole, and the
// training topic, the store and the logs free of personal data.
// CADRE_IMPORT_E2E_PORT: a second run on the same machine keeps off this one's ports.
const PORT = Number(process.env['CADRE_IMPORT_E2E_PORT'] ?? 4050);
const session = membershipPlatform(PORT);
const { api, database, establish, root, trainingTopic } = session;

const HEADER =
  'Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Đơn vị,Ngày tiếp nhận,Trình độ,Lý luận chính trị,Đảng viên,Chuyên trách,Chức vụ,Đơn vị công tác,Ngày bổ nhiệm';
const NAMES = ['Vũ Thị Nhập Một', 'Vũ Thị Nhập Hai', 'Vũ Thị Nhập Ba'];
const NUMBERS = ['001178033301', '001182033302', '001190033303'];

function list(ward: string, branch: string): string {
  return [
    HEADER,
    `${NAMES[0]},12/03/1978,${NUMBERS[0]},0915333301,${ward},05/01/2024,Thạc sĩ,Cao cấp,có,có,Chủ tịch,,01/02/2024`,
    `${NAMES[1]},23/07/1982,${NUMBERS[1]},,${ward},05/01/2024,đại học,trung cấp,có,có,Phó Chủ tịch,,01/02/2024`,
    `${NAMES[2]},30/11/1990,${NUMBERS[2]},,${branch},05/01/2024,cao đẳng,sơ cấp,không,không,Ủy viên Ban Chấp hành,${branch === ward ? '' : ward},01/03/2024`,
  ].join('\n');
}

/** Uploads the file as it is; again while training-service does not know the units yet. */
async function upload(content: Buffer, format: 'csv' | 'xlsx', token: string): Promise<Reply> {
  const send = async (): Promise<Reply> => {
    const response = await fetch(
      `${session.platform.url}/api/v1/cadre-imports?fileName=can-bo.${format}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': TABLE_MEDIA_TYPES[format] },
        body: new Uint8Array(content),
      },
    );
    const text = await response.text();
    return {
      status: response.status,
      body: JSON.parse(text) as Record<string, unknown>,
      headers: response.headers,
    };
  };
  let reply = await send();
  const unknownUnit = (r: Reply) =>
    JSON.stringify(r.body['errors'] ?? []).includes('không phải đơn vị đang hoạt động');
  await waitFor(
    async () => {
      if (!unknownUnit(reply)) return true;
      reply = await send();
      return false;
    },
    'the units in the training service',
    60_000,
  );
  return reply;
}

async function completed(id: string, token: string): Promise<Reply> {
  const job = () => api('GET', `/api/v1/cadre-imports/${id}`, { token });
  await waitFor(async () => (await job()).body['status'] !== 'running', 'the import', 60_000);
  return job();
}

/** The unit's list once it has `count` cadres (the roster follows the training topic). */
async function exported(
  unitId: string,
  token: string,
  count: number,
): Promise<{ table: Table; content: Buffer }> {
  let found = { table: { columns: [], rows: [] } as Table, content: Buffer.alloc(0) };
  await waitFor(
    async () => {
      const response = await fetch(`${session.platform.url}/api/v1/units/${unitId}/cadres.xlsx`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const content = Buffer.from(await response.arrayBuffer());
      found = { content, table: await readTable(content, 'xlsx', { maxRows: 1_000 }) };
      return found.table.rows.length === count;
    },
    `${count} cadres in the unit’s list`,
    60_000,
  );
  return found;
}

it('registers a list, reads a cadre, exports the subtree and imports the export again', async () => {
  const ward = await establish('Hội LHPN phường Thành Công', 'grassroots', root);
  const branch = await establish('Chi hội tổ dân phố 3', 'branch', ward);
  const officer = await mintToken(ward, ['cadre-officer']);
  const csv = Buffer.from(list(ward, branch));

  const accepted = await upload(csv, 'csv', officer);
  expect(accepted.status).toBe(202);
  const id = String(accepted.body['id']);
  expect(accepted.headers.get('location')).toBe(`/api/v1/cadre-imports/${id}`);
  expect((await completed(id, officer)).body).toMatchObject({
    total: 3,
    registered: 3,
    percent: 100,
    status: 'completed',
    errors: [],
  });
  expect((await upload(csv, 'csv', officer)).body).toMatchObject({ id, status: 'completed' });

  const { table, content } = await exported(ward, officer, 3);
  const cell = (row: number, name: string) => table.rows[row]?.cells[table.columns.indexOf(name)];
  expect(table.rows.map((_, i) => [cell(i, 'Họ và tên'), cell(i, 'Chức vụ')])).toEqual([
    [NAMES[2], 'Ủy viên Ban Chấp hành'],
    [NAMES[1], 'Phó Chủ tịch'],
    [NAMES[0], 'Chủ tịch'],
  ]);
  // Her record at the branch, her post at the ward.
  expect([cell(0, 'Đơn vị'), cell(0, 'Đơn vị công tác')]).toEqual([branch, ward]);
  const chair = String(cell(2, 'Mã cán bộ'));
  const cadre = await api('GET', `/api/v1/cadres/${chair}`, { token: officer });
  expect(cadre.body).toMatchObject({
    unitId: ward,
    registeredOn: '2024-01-05',
    birthYear: 1978,
    qualifications: {
      education: { value: 'master' },
      'political-theory': { value: 'advanced' },
      party: { value: 'member' },
      'full-time': { value: 'full-time' },
    },
    posts: [{ unitId: ward, position: 'chairwoman', appointedOn: '2024-02-01', endedOn: null }],
    personal: { fullName: NAMES[0], nationalId: NUMBERS[0], birthDate: '1978-03-12' },
  });

  // Her term ends: the export, uploaded again, registers the three anew and seats a chairwoman.
  const posts = cadre.body['posts'] as { postId: string }[];
  const end = { reason: 'term-ended', endedOn: '2025-01-01' };
  const ended = await api('POST', `/api/v1/cadres/${chair}/posts/${posts[0]?.postId}/end`, {
    body: end,
    token: officer,
  });
  expect(ended.status).toBe(200);
  const again = await upload(content, 'xlsx', officer);
  expect(again.status).toBe(202);
  expect((await completed(String(again.body['id']), officer)).body).toMatchObject({
    status: 'completed',
    registered: 3,
  });
  const twice = await exported(ward, officer, 6);
  expect(twice.table.rows.filter((row) => row.cells.includes('Chủ tịch'))).toHaveLength(1);

  // Registered ×6 with 4 facts each, appointed ×6, one post ended.
  const topic = await trainingTopic(6 * 5 + 6 + 1);
  const personal = [...NAMES, ...NUMBERS, '0915333301', '1978-03-12', '12/03/1978'];
  for (const value of personal) expect(topic).not.toContain(value);
  expect(topic).toContain('"birthYear":1978');
  const stored = await database('vwu_training');
  for (const value of personal) expect(stored).not.toContain(value);
  for (const value of personal) expect(session.platform.output()).not.toContain(value);
}, 300_000);

it('refuses a list out of the caller’s scope whole, and the list to roles without personal data', async () => {
  const ward = await establish('Hội LHPN phường Giảng Võ', 'grassroots', root);
  const otherWard = await establish('Hội LHPN phường Kim Mã', 'grassroots', root);
  const stranger = await mintToken(otherWard, ['cadre-officer']);
  const viewer = await mintToken(ward, ['viewer']);
  const csv = Buffer.from(list(ward, ward).replaceAll('0011', '0012'));

  const refused = await upload(csv, 'csv', stranger);
  expect(refused.body).toMatchObject({ status: 422, code: 'training.import-invalid' });
  const errors = refused.body['errors'] as { row: number; column: string; reason: string }[];
  expect(errors.map((e) => [e.row, e.column])).toEqual([
    [2, 'Đơn vị'],
    [3, 'Đơn vị'],
    [4, 'Đơn vị'],
  ]);
  expect(errors[0]?.reason).toContain('ngoài phạm vi');
  for (const value of NAMES) expect(JSON.stringify(refused.body)).not.toContain(value);
  expect((await upload(csv, 'csv', viewer)).status).toBe(403);
  const path = `/api/v1/units/${ward}/cadres.xlsx`;
  expect((await api('GET', path, { token: viewer })).status).toBe(403);
  expect((await api('GET', path, { token: stranger })).status).toBe(403);
}, 120_000);
