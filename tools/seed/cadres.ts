// Step 2 of the seed: the cadres of the 2019 structure as one cadre import: a chairwoman and a
// vice-chair for every grassroots union, a head for every branch, with generated Vietnamese
// names and valid 12-digit national ID numbers. Deterministic: the same structure gives the
// same file, so a re-run of the seed is the same import (and changes nothing).
import { children, inParallel, sleep, type Api, type UnitItem } from './client.ts';
import { awaitJob, uploadTo, type FileFormat, type ImportJob } from './import.ts';
import type { Scale } from './structure.ts';

export const CADRE_COLUMNS = [
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Điện thoại',
  'Đơn vị',
  'Ngày tiếp nhận',
  'Trình độ',
  'Lý luận chính trị',
  'Đảng viên',
  'Chuyên trách',
  'Chức vụ',
  'Ngày bổ nhiệm',
];

export const CADRE_IMPORTS = '/api/v1/cadre-imports';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Thị', 'Thị Thu', 'Thị Minh', 'Thị Thanh', 'Thị Ngọc', 'Thị Hồng', 'Thị Kim'];
const GIVEN = (
  'Lan Mai Hoa Hương Hà Thảo Linh Trang Nga Hạnh Dung Yến Phương Huyền Loan Thủy Vân Nhung ' +
  'Oanh Hằng Liên Duyên Quyên Tâm Xuân Thúy Bích Châu Giang Hiền Nhàn Tuyết Uyên Vy'
).split(' ');
const EDUCATION = ['đại học', 'thạc sĩ', 'cao đẳng', 'đại học', 'trung cấp', 'tiến sĩ'];
const THEORY = ['trung cấp', 'cao cấp', 'sơ cấp', 'trung cấp'];

/** The n-th cadre's name: family, middle and given names cycling at different paces. */
export function cadreName(n: number): string {
  const family = FAMILY[n % FAMILY.length] ?? '';
  const middle = MIDDLE[Math.floor(n / FAMILY.length) % MIDDLE.length] ?? '';
  return `${family} ${middle} ${GIVEN[(n * 7) % GIVEN.length] ?? ''}`;
}

/**
 * A CCCD as Hanoi issues it: province 001, 1 for a woman born in the 1900s, the year of birth's
 * two digits, then a serial (unique per cadre).
 */
export function nationalIdOf(n: number, birthYear: number): string {
  return `0011${String(birthYear % 100).padStart(2, '0')}${String(n).padStart(6, '0')}`;
}

/** Her row of the import: at `unit`, in `position` (its Vietnamese label), from 2021 on. */
function cadreRow(n: number, unit: string, position: string): string[] {
  const birthYear = 1965 + (n % 30);
  const birth = `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/${birthYear}`;
  const grassroots = position !== 'Chi hội trưởng';
  return [
    cadreName(n),
    birth,
    nationalIdOf(n, birthYear),
    `09${String(10_000_000 + n).slice(-8)}`,
    unit,
    '15/06/2021',
    EDUCATION[n % EDUCATION.length] ?? '',
    grassroots ? (THEORY[n % THEORY.length] ?? '') : n % 3 === 0 ? 'sơ cấp' : '',
    n % 4 === 0 ? 'không' : 'có',
    grassroots && n % 5 !== 0 ? 'có' : 'không',
    position,
    '01/07/2021',
  ];
}

/** The rows: a chairwoman and a vice-chair per grassroots union, a head per branch. */
export function cadreRows(grassroots: readonly string[], branches: readonly string[]): string[][] {
  const rows = grassroots.flatMap((unit, i) => [
    cadreRow(2 * i, unit, 'Chủ tịch'),
    cadreRow(2 * i + 1, unit, 'Phó Chủ tịch'),
  ]);
  const first = rows.length;
  return [...rows, ...branches.map((unit, i) => cadreRow(first + i, unit, 'Chi hội trưởng'))];
}

/** The structure's grassroots unions and branches, once the read model lists all of them. */
export async function unitsOf(api: Api, rootId: string, scale: Scale, asOf = '2019-06-01') {
  const under = (units: readonly UnitItem[]) =>
    inParallel(units, 8, (unit) => children(api, unit.id, asOf)).then((found) => found.flat());
  for (let attempt = 0; ; attempt += 1) {
    const top = await children(api, rootId, asOf);
    const middle = await under(top.filter((u) => u.kind === 'district'));
    const grassroots = middle.filter((u) => u.kind === 'grassroots');
    const parents = [...grassroots, ...top.filter((u) => u.kind === 'affiliated')];
    const branches = (await under(parents)).filter((u) => u.kind === 'branch');
    const expected = scale.communes + scale.otherGrassroots;
    if (grassroots.length === expected && branches.length === scale.branches)
      return { grassroots: grassroots.map((u) => u.id), branches: branches.map((u) => u.id) };
    if (attempt > 600)
      throw new Error(`the read model lists ${grassroots.length} of ${expected} grassroots unions`);
    await sleep(1_000);
  }
}

/** What the import answers while training-service has not learnt every unit yet. */
const UNKNOWN_UNIT = 'không phải đơn vị đang hoạt động';

/**
 * Uploads the cadre list (again while training-service is still reading the structure from the
 * organisation topic), then waits for the job.
 */
export async function importCadres(
  api: Api,
  content: Buffer,
  format: FileFormat,
  progress: (job: ImportJob) => void = () => undefined,
): Promise<ImportJob> {
  const fileName = `seed-cadres.${format}`;
  for (let attempt = 0; ; attempt += 1) {
    const accepted = await uploadTo(api, CADRE_IMPORTS, { content, format, fileName });
    if (accepted.status < 400)
      return awaitJob(api, String(accepted.body['id']), progress, CADRE_IMPORTS);
    const waiting = JSON.stringify(accepted.body).includes(UNKNOWN_UNIT);
    if (!waiting || attempt > 300)
      throw new Error(`the cadre import answered ${JSON.stringify(accepted.body).slice(0, 4000)}`);
    await sleep(2_000);
  }
}
