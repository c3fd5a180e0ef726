import { startPlatformUnderTest, waitFor, type PlatformUnderTest } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { call, type Api } from './client.ts';
import { CADRE_COLUMNS, cadreRows, importCadres, unitsOf } from './cadres.ts';
import { awaitJob, sheetFile, structureFile, upload, type ImportJob } from './import.ts';
import { applyReform } from './reform.ts';
import { SCALES, structure2019 } from './structure.ts';

// The seed at Hanoi's scale, end to end through the gateway: the 2019 structure as one XLSX file
// of 22,081 rows (import job with progress), its counts rolled up per subtree, then the reform of
// 1 July 2025, and the tree as of 30 June and 1 July 2025. A file with errors imports nothing. In
// between, the structure's 7,280 cadres as one cadre import.
const hanoi = SCALES['hanoi']!;
let platform: PlatformUnderTest;
let api: Api;
let rootId: string;

beforeAll(async () => {
  // A root of its own: the events topic is shared with earlier runs on the same broker.
  rootId = randomUUID();
  process.env['ROOT_UNIT_ID'] = rootId;
  platform = await startPlatformUnderTest(Number(process.env['SEED_E2E_PORT'] ?? 4600));
  delete process.env['ROOT_UNIT_ID'];
  api = { url: platform.url, token: platform.adminToken };
}, 300_000);
afterAll(() => platform?.stop(), 60_000);

type Counts = Record<string, number>;

async function cityCounts(asOf: string): Promise<{ counts: Counts; children: number }> {
  const path = `/api/v1/units/${rootId}/children?asOf=${asOf}&limit=200`;
  const page = await call<{ counts: Counts; items: unknown[]; nextCursor?: string }>(
    api,
    'GET',
    path,
  );
  return { counts: page.body.counts, children: page.body.items.length };
}

/** The rolled-up counts once the read model has caught up (they only grow towards it). */
async function countsSettle(asOf: string, expected: Counts): Promise<Counts> {
  let last: Counts = {};
  await waitFor(
    async () => {
      last = (await cityCounts(asOf)).counts;
      return Object.entries(expected).every(([kind, n]) => last[kind] === n);
    },
    `the counts as of ${asOf}`,
    600_000,
  ).catch(() => undefined);
  return last;
}

const before2025 = {
  district: hanoi.districts,
  affiliated: hanoi.affiliated,
  grassroots: hanoi.communes + hanoi.otherGrassroots,
  branch: hanoi.branches,
  group: hanoi.groups,
};

it('refuses a file with errors whole, listing every error, and imports nothing', async () => {
  const rows = structure2019(SCALES['small']!).slice(0, 20);
  const broken = [
    ...rows,
    ['Q01', 'Hội trùng mã', 'district', '', ''],
    ['X9', 'Chi hội mồ côi', 'branch', 'KHÔNG-CÓ', ''],
    ['X10', 'Hội quận mới', 'district', '', '01/07/2025'],
  ] as const;
  const reply = await upload(api, await structureFile(broken, 'csv'), 'csv', 'loi.csv');
  expect(reply.status).toBe(422);
  expect(reply.body).toMatchObject({ code: 'organisation.import-invalid' });
  const errors = reply.body['errors'] as { row: number; column: string }[];
  expect(errors.map((e) => [e.row, e.column])).toEqual([
    [22, 'Mã'],
    [23, 'Mã cấp trên'],
    [24, 'Loại'],
  ]);
  expect((await cityCounts('2030-01-01')).children).toBe(0);
});

it('imports the 22,081 units of Hanoi from one XLSX file, with progress, and rolls them up', async () => {
  const rows = structure2019(hanoi);
  expect(rows).toHaveLength(22_081);
  const reply = await upload(api, await structureFile(rows, 'xlsx'), 'xlsx', 'hanoi-2019.xlsx');
  expect(reply.status).toBe(202);
  const seen: number[] = [];
  const job: ImportJob = await awaitJob(api, String(reply.body['id']), (j) => seen.push(j.percent));
  expect(job).toMatchObject({ status: 'completed', total: 22_081, done: 22_081, percent: 100 });
  expect(seen.some((percent) => percent > 0 && percent < 100)).toBe(true);
  expect(await countsSettle('2019-06-01', before2025)).toMatchObject(before2025);
}, 1_200_000);

it('registers the cadres of the structure as one import: two per grassroots union, one per branch', async () => {
  const { grassroots, branches } = await unitsOf(api, rootId, hanoi);
  const rows = cadreRows(grassroots, branches);
  expect(rows).toHaveLength(2 * (hanoi.communes + hanoi.otherGrassroots) + hanoi.branches);
  const content = await sheetFile('Cán bộ', CADRE_COLUMNS, rows, 'xlsx');
  const seen: number[] = [];
  const job = await importCadres(api, content, 'xlsx', (j) => seen.push(j.percent));
  expect(job).toMatchObject({ status: 'completed', total: 7_280, registered: 7_280, percent: 100 });
  expect(seen.at(-1)).toBe(100);
}, 1_200_000);

it('applies the 2025 reform: the city as of 30 June and as of 1 July 2025', async () => {
  const communeBranches = structure2019(hanoi).filter(
    ([, , kind, parent]) => kind === 'branch' && /-X\d{3}$/.test(parent),
  ).length;
  const seen: number[] = [];
  const result = await applyReform(api, rootId, hanoi, (job) => seen.push(job.percent));
  expect(result).toMatchObject({
    established: hanoi.newCommunes,
    merged: hanoi.communes,
    dissolved: hanoi.districts,
    // The communes' branches follow them; the other grassroots unions follow their district.
    moved: communeBranches + hanoi.otherGrassroots,
  });
  expect(result.job).toMatchObject({ status: 'completed', percent: 100 });
  expect(seen.some((percent) => percent > 0 && percent < 100)).toBe(true);
  const after = {
    district: 0,
    affiliated: hanoi.affiliated,
    grassroots: hanoi.newCommunes + hanoi.otherGrassroots,
    branch: hanoi.branches,
    group: hanoi.groups,
  };
  expect(await countsSettle('2025-07-01', after)).toMatchObject(after);
  expect(await countsSettle('2025-06-30', before2025)).toMatchObject(before2025);
  const byDay = async (asOf: string) => {
    const { body } = await call<{ items: { kind: string }[]; nextCursor?: string }>(
      api,
      'GET',
      `/api/v1/units/${rootId}/children?asOf=${asOf}&limit=200`,
    );
    return body.items.filter((unit) => unit.kind === 'district').length;
  };
  expect(await byDay('2025-06-30')).toBe(hanoi.districts);
  expect(await byDay('2025-07-01')).toBe(0);
}, 1_200_000);
