import { memberDecider, type BranchFacts } from '@vwu/membership-domain';
import type { Table } from '@vwu/platform-tabular';
import { planMemberImport, type MemberImportContext } from './member-import-plan';
import { parseSpecialGroups, readMemberRows } from './member-rows';
import {
  locateMemberColumns,
  namedAsInFile,
  sheetDate,
  type MemberSheetColumn,
} from './member-sheet';

const CITY = '00000000-0000-4000-8000-000000000001';
const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
const BRANCH = 'b0000000-0000-4000-8000-000000000005';
const CLOSED = 'b0000000-0000-4000-8000-000000000006';
const FOREIGN = 'b0000000-0000-4000-8000-000000000007';
const GROUP = 'c0000000-0000-4000-8000-000000000001';
const FOREIGN_GROUP = 'c0000000-0000-4000-8000-000000000007';
const GRASSROOTS = 'a0000000-0000-4000-8000-000000000001';

const VI = [
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Điện thoại',
  'Địa chỉ',
  'Chi hội',
  'Ngày kết nạp',
  'Nhóm đặc thù',
  'Tổ',
];
const EN = [
  'fullName',
  'dateOfBirth',
  'nationalId',
  'phone',
  'address',
  'branch',
  'admittedOn',
  'specialGroups',
  'group',
];

const lan = [
  'Nguyễn Thị Lan',
  '17/05/1990',
  '001190012345',
  '0912345678',
  'Số 5 Kim Mã',
  BRANCH,
  '08/03/2024',
  'young; Phụ nữ cao tuổi',
  GROUP,
];

function table(columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  return { columns, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

const branch = (unitId: string, active = true, ancestorIds = [CITY, WARD]): BranchFacts => ({
  unitId,
  kind: 'branch',
  ancestorIds,
  active,
});

const context = (holders = new Map<string, string>()): MemberImportContext => ({
  branches: new Map([
    [BRANCH, branch(BRANCH)],
    [CLOSED, branch(CLOSED, false)],
    [FOREIGN, branch(FOREIGN, true, [CITY, 'other-ward'])],
    [GRASSROOTS, { ...branch(GRASSROOTS, true, [CITY]), kind: 'grassroots' }],
  ]),
  groups: new Map([
    [GROUP, { unitId: GROUP, kind: 'group', ancestorIds: [CITY, WARD, BRANCH], active: true }],
    [
      FOREIGN_GROUP,
      { unitId: FOREIGN_GROUP, kind: 'group', ancestorIds: [CITY, WARD, FOREIGN], active: true },
    ],
  ]),
  holders,
  reservationOf: (nationalId) => `cccd:${nationalId.split('').reverse().join('')}`,
  memberIdOf: (row) => `member-${row}`,
  inScope: (path) => path.includes(WARD),
  today: '2025-01-01',
  simulate: (command, state) => memberDecider.decide(command, state),
});

function plan(t: Table, ctx = context()) {
  const columns = locateMemberColumns(t) as Map<MemberSheetColumn, number>;
  const sheet = readMemberRows(t.rows, columns, '2024-06-01');
  const result = planMemberImport(sheet.rows, sheet.errors, ctx);
  return { ...result, named: namedAsInFile(result.errors, t, columns) };
}

describe('reading a member list', () => {
  it('reads Vietnamese and English headers alike, both date forms, labels and codes', () => {
    const iso = [...lan];
    iso[1] = '1990-05-17';
    iso[6] = '2024-03-08';
    iso[7] = 'young,elderly';
    const vi = plan(table(VI, [lan]));
    const en = plan(table(EN, [iso]));
    expect(vi.errors).toEqual([]);
    expect(en.planned).toEqual(vi.planned);
    expect(vi.planned[0]).toEqual({
      row: 2,
      memberId: 'member-2',
      personal: {
        fullName: 'Nguyễn Thị Lan',
        birthDate: '1990-05-17',
        nationalId: '001190012345',
        phone: '0912345678',
        address: 'Số 5 Kim Mã',
      },
      branchId: BRANCH,
      groupId: GROUP,
      admittedOn: '2024-03-08',
      specialGroups: ['young', 'elderly'],
    });
  });

  it('takes the default admission date for an empty cell, and no group', () => {
    const row = [...lan];
    row[6] = '';
    row[8] = '';
    expect(plan(table(VI, [row])).planned[0]).toMatchObject({
      admittedOn: '2024-06-01',
      groupId: null,
    });
  });

  it('names each missing required column', () => {
    expect(locateMemberColumns(table(['Họ và tên', 'Địa chỉ'], []))).toEqual([
      expect.objectContaining({ row: 1, column: 'ngày sinh' }),
      expect.objectContaining({ row: 1, column: 'số cccd' }),
      expect.objectContaining({ row: 1, column: 'chi hội' }),
    ]);
  });

  it('parses dates strictly and special groups by code or label', () => {
    expect(sheetDate('1/7/2025')).toBe('2025-07-01');
    expect(sheetDate('31/02/2020')).toBeUndefined();
    expect(sheetDate('2020-13-01')).toBeUndefined();
    expect(parseSpecialGroups('Tiểu thương; migrant, ;nữ trí thức')).toEqual({
      groups: ['small-trader', 'migrant', 'intellectual'],
      unknown: [],
    });
    expect(parseSpecialGroups('young; bà mẹ').unknown).toEqual([2]);
  });
});

describe('validating a member list whole', () => {
  it('reports every error by row and column, never the values, and plans nobody', () => {
    const rows = [
      lan, // row 2: fine on its own
      ['', '31/02/1990', '12345', 'abc', 'x'.repeat(501), 'not-a-uuid', '2024/03/08', 'bà mẹ', 'x'], // 3
      ['Trần Thị Hoa', '01/01/2010', '001190012346', '', '', BRANCH, '08/03/2024', '', ''], // 4: under 18
      ['Lê Thị Mai', '01/01/1980', '001190012345', '', '', BRANCH, '08/03/2024', '', ''], // 5: dup of 2
      ['Phạm Thị Cúc', '01/01/1980', '001180000001', '', '', CLOSED, '08/03/2024', '', ''], // 6
      ['Đỗ Thị Hằng', '01/01/1980', '001180000002', '', '', FOREIGN, '08/03/2024', '', ''], // 7
      ['Vũ Thị Yến', '01/01/1980', '001180000003', '', '', BRANCH, '02/01/2025', '', ''], // 8: future
      ['Ngô Thị Thu', '01/01/1980', '001180000004', '', '', BRANCH, '', '', ''], // 9: held
    ];
    const holders = new Map([['cccd:400000081100', 'someone-else']]);
    const { planned, named } = plan(table(VI, rows), context(holders));
    expect(planned).toEqual([]);
    expect(named.map((e) => [e.row, e.column])).toEqual([
      [3, 'Họ và tên'],
      [3, 'Số CCCD'],
      [3, 'Điện thoại'],
      [3, 'Địa chỉ'],
      [3, 'Ngày sinh'],
      [3, 'Nhóm đặc thù'],
      [3, 'Ngày kết nạp'],
      [3, 'Chi hội'],
      [3, 'Tổ'],
      [4, 'Ngày sinh'],
      [5, 'Số CCCD'],
      [6, 'Chi hội'],
      [7, 'Chi hội'],
      [8, 'Ngày kết nạp'],
      [9, 'Số CCCD'],
    ]);
    expect(named.find((e) => e.row === 5)?.reason).toContain('trùng với dòng 2');
    const text = JSON.stringify(named);
    for (const value of ['Nguyễn', '001190012345', '12345', 'abc', 'bà mẹ', '31/02/1990'])
      expect(text).not.toContain(value);
  });

  it('lists every error of a row, in every column: its cells and its checks alike', () => {
    const row = [...lan];
    row[2] = '12345'; // a bad national ID number…
    row[5] = GRASSROOTS; // …and a grassroots union in the branch column
    row[7] = 'người cao tuổi; young'; // …and a special group no list knows
    const { named } = plan(table(VI, [row]));
    expect(named.map((e) => e.column)).toEqual(['Số CCCD', 'Nhóm đặc thù', 'Chi hội']);
    const reason = named.find((e) => e.column === 'Nhóm đặc thù')?.reason ?? '';
    expect(reason).toContain('mục 1 không phải nhóm đặc thù');
    for (const accepted of ['Phụ nữ cao tuổi (elderly)', 'Tiểu thương (small-trader)'])
      expect(reason).toContain(accepted);
    expect(reason).not.toContain('người');
  });

  it('reports each column once: a malformed branch id is not also an unknown branch', () => {
    const row = [...lan];
    row[5] = 'chi hội 5';
    expect(plan(table(VI, [row])).named.map((e) => e.column)).toEqual(['Chi hội']);
  });

  it('takes a women’s group of the row’s branch only', () => {
    const row = [...lan];
    row[8] = FOREIGN_GROUP;
    const { planned, named } = plan(table(VI, [row]));
    expect(planned).toEqual([]);
    expect(named.map((e) => [e.row, e.column])).toEqual([[2, 'Tổ']]);
    expect(named[0]?.reason).toContain('không phải tổ phụ nữ');
  });

  it('accepts a number its own row holds already (a retried import)', () => {
    const row = [...lan];
    const holders = new Map([['cccd:543210091100', 'member-2']]);
    expect(plan(table(VI, [row]), context(holders)).planned).toHaveLength(1);
  });
});
