import { mintToken, waitFor } from '@vwu/platform-testing';
import { readTable, TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import { randomUUID } from 'node:crypto';
import type { Reply } from './http';
import { membershipPlatform } from './membership-platform';

// Bulk admission end to end: a CSV list through the gateway into branches the membership
// service learnt from the organisation topic; a list with errors admits nobody and names every
// row; the branch's list comes back as XLSX for a member officer, and not for a viewer.
// MEMBER_IMPORT_E2E_PORT: a second run on the same machine keeps off this one's ports.
const PORT = Number(process.env['MEMBER_IMPORT_E2E_PORT'] ?? 4300);
const session = membershipPlatform(PORT);
const { api, establish, membershipTopic, root } = session;

const HEADER = 'Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Chi hội,Ngày kết nạp,Nhóm đặc thù';
const line = (i: number, branch: string, birth = '17/05/1990') =>
  `Nguyễn Thị Nhập ${i},${birth},0011900${String(70_000 + i)},09123${String(10_000 + i)},${branch},08/03/2024,"young; Phụ nữ cao tuổi"`;

/** Uploads once the membership service knows the branches (it learns them from the topic). */
async function upload(csv: string, token: string, waitForBranches = true): Promise<Reply> {
  const send = () =>
    api('POST', '/api/v1/member-imports?fileName=danh-sach.csv', {
      token,
      raw: csv,
      headers: { 'content-type': TABLE_MEDIA_TYPES.csv },
    });
  let reply = await send();
  if (!waitForBranches) return reply;
  const unknownBranch = (r: Reply) =>
    JSON.stringify(r.body['errors'] ?? []).includes('không phải chi hội đang hoạt động');
  await waitFor(
    async () => {
      if (!unknownBranch(reply)) return true;
      reply = await send();
      return false;
    },
    'the branches in the membership service',
    60_000,
  );
  return reply;
}

it('admits a list, refuses a list with errors whole, and exports the branch by role', async () => {
  const ward = await establish('Hội LHPN phường Láng Hạ', 'grassroots', root);
  const branch = await establish('Chi hội tổ dân phố 7', 'branch', ward);
  const other = await establish('Chi hội tổ dân phố 8', 'branch', ward);
  const officer = await mintToken(ward, ['member-officer']);
  const viewer = await mintToken(ward, ['viewer']);
  const rows = Array.from({ length: 30 }, (_, i) => line(i, i % 3 === 0 ? other : branch));
  const csv = [HEADER, ...rows].join('\n');

  const accepted = await upload(csv, officer);
  expect(accepted.status).toBe(202);
  expect(accepted.headers.get('location')).toBe(
    `/api/v1/member-imports/${String(accepted.body['id'])}`,
  );
  const job = () =>
    api('GET', `/api/v1/member-imports/${String(accepted.body['id'])}`, { token: officer });
  await waitFor(async () => (await job()).body['status'] === 'completed', 'the import', 60_000);
  expect((await job()).body).toMatchObject({ total: 30, admitted: 30, percent: 100, errors: [] });
  expect((await upload(csv, officer)).body).toMatchObject({
    id: accepted.body['id'],
    status: 'completed',
  });

  const broken = [
    HEADER,
    line(100, branch),
    line(101, branch, '01/01/2015'),
    rows[1]!,
    line(102, randomUUID()),
    // Every error of a row: a bad CCCD, an unknown special group, a ward as the branch.
    `Nguyễn Thị Nhập 103,17/05/1990,12345,0912310103,${ward},08/03/2024,người cao tuổi`,
  ];
  const refused = await upload(broken.join('\n'), officer, false);
  expect(refused.body).toMatchObject({ status: 422, code: 'membership.import-invalid' });
  const errors = refused.body['errors'] as { row: number; column: string }[];
  expect(errors.map((e) => [e.row, e.column])).toEqual([
    [3, 'Ngày sinh'],
    [4, 'Số CCCD'],
    [5, 'Chi hội'],
    [6, 'Số CCCD'],
    [6, 'Nhóm đặc thù'],
    [6, 'Chi hội'],
  ]);
  expect(refused.body['detail']).toBe(
    'Tệp có 6 lỗi, chưa kết nạp ai — 6 errors in the file; nobody was admitted',
  );
  const special = (refused.body['errors'] as { column: string; reason: string }[]).find(
    (e) => e.column === 'Nhóm đặc thù',
  );
  expect(special?.reason).toContain('Phụ nữ cao tuổi (elderly)');
  expect(JSON.stringify(refused.body)).not.toContain('0011900');
  expect(JSON.stringify(refused.body)).not.toContain('người cao tuổi');

  const list = `/api/v1/units/${branch}/members.xlsx`;
  expect((await api('GET', list, { token: viewer })).status).toBe(403);
  let table = {
    columns: [] as readonly string[],
    rows: [] as readonly { cells: readonly string[] }[],
  };
  await waitFor(
    async () => {
      const response = await fetch(`${session.platform.url}${list}`, {
        headers: { authorization: `Bearer ${officer}` },
      });
      expect(response.headers.get('content-type')).toContain(TABLE_MEDIA_TYPES.xlsx);
      expect(response.headers.get('cache-control')).toBe('no-store');
      table = await readTable(Buffer.from(await response.arrayBuffer()), 'xlsx', {
        maxRows: 1_000,
      });
      return table.rows.length === 20;
    },
    'the branch’s members in its list',
    60_000,
  );
  expect(table.columns).toContain('Số CCCD');
  expect(table.rows[0]?.cells).toEqual(
    expect.arrayContaining([
      'Nguyễn Thị Nhập 1',
      '17/05/1990',
      '001190070001',
      branch,
      '08/03/2024',
    ]),
  );
  // The branch by id and by name, the special groups by their Vietnamese labels.
  const cell = (name: string) => table.rows[0]?.cells[table.columns.indexOf(name)];
  expect(cell('Chi hội')).toBe(branch);
  expect(cell('Tên chi hội')).toBe('Chi hội tổ dân phố 7');
  expect(cell('Nhóm đặc thù')).toBe('Phụ nữ trẻ; Phụ nữ cao tuổi');
  // Nothing personal on Kafka, nor in any line the services logged.
  const topic = await membershipTopic(30);
  expect(topic).toContain('"birthYear":1990');
  for (const value of ['Nguyễn Thị Nhập', '001190070001', '0912310001', '17/05/1990', '1990-05-17'])
    expect(topic).not.toContain(value);
  expect(session.platform.output()).not.toContain('Nguyễn Thị Nhập');
  expect(session.platform.output()).not.toContain('001190070001');
}, 300_000);
