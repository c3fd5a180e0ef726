import {
  DEFAULT_UNIT_KIND_CATALOGUE,
  initialUnitState,
  unitDecider,
  type UnitFacts,
} from '@vwu/organisation-domain';
import { siblingNameReservation } from '../unit-streams';
import { planUnitImport, type ImportContext } from './unit-import-plan';
import { locateColumns, readSheetRows, sheetDate, type UnitSheetRow } from './unit-sheet';

const decider = unitDecider(DEFAULT_UNIT_KIND_CATALOGUE);
const city: UnitFacts = {
  unitId: 'city',
  kind: 'province',
  ancestorIds: [],
  establishedOn: '2000-01-01',
  active: true,
};
const otherCity: UnitFacts = { ...city, unitId: 'other-city' };

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    defaults: { parentId: 'city', establishedOn: '2019-01-01' },
    existing: new Map([
      ['city', city],
      ['other-city', otherCity],
    ]),
    takenNames: new Set(),
    idOf: (code) => `id-${code}`,
    inScope: (path) => path.includes('city'),
    simulate: (command) => void decider.decide(command, initialUnitState()),
    ...overrides,
  };
}

let rowNumber = 1;
function row(code: string, kind: string, parent = '', more: Partial<UnitSheetRow> = {}) {
  rowNumber += 1;
  return { row: rowNumber, code, name: `Đơn vị ${code}`, kind, parent, establishedOn: '', ...more };
}

beforeEach(() => (rowNumber = 1));

describe('planUnitImport', () => {
  it('plans every row parents first, whatever the file order, with ids from the codes', () => {
    const rows = [row('T1', 'group', 'B1'), row('B1', 'branch', 'G1'), row('G1', 'grassroots')];
    const { planned, errors } = planUnitImport(rows, context());
    expect(errors).toEqual([]);
    expect(planned.map((u) => u.unitId)).toEqual(['id-G1', 'id-B1', 'id-T1']);
    expect(planned[2]?.parent).toEqual({
      unitId: 'id-B1',
      kind: 'branch',
      ancestorIds: ['city', 'id-G1'],
      establishedOn: '2019-01-01',
      active: true,
    });
  });

  it('reports every broken row at once, with its column, and plans nothing', () => {
    const rows = [
      row('G1', 'grassroots'),
      row('G1', 'grassroots'), // 3: duplicate code
      row('B1', 'branch', 'nope'), // 4: unknown parent
      row('B2', 'branch', 'B3'), // 5, 6: a cycle
      row('B3', 'branch', 'B2'),
      row('T1', 'group', 'G1'), // 7: a group under a grassroots union
      row('B4', 'branch', 'G1', { establishedOn: '1990-01-01' }), // 8: before its parent
      row('B5', 'branch', 'G1', { name: 'Chi hội 5' }),
      row('B6', 'branch', 'G1', { name: ' chi  HỘI 5 ' }), // 10: same name as row 9
      row('X1', 'planet', 'G1'), // 11: unknown kind
    ];
    const { planned, errors } = planUnitImport(rows, context());
    expect(planned).toEqual([]);
    expect(errors.map((e) => [e.row, e.column]).sort()).toEqual(
      [
        [3, 'code'],
        [4, 'parent'],
        [5, 'parent'],
        [6, 'parent'],
        [7, 'kind'],
        [8, 'establishedOn'],
        [10, 'name'],
        [11, 'kind'],
      ].sort(),
    );
    expect(errors.find((e) => e.row === 10)?.reason).toContain('row 9');
  });

  it('refuses a name the parent has already, and a parent outside the scope', () => {
    const taken = siblingNameReservation('city', 'Đơn vị G1');
    const rows = [row('G1', 'grassroots'), row('G2', 'grassroots', 'other-city')];
    const { errors } = planUnitImport(rows, context({ takenNames: new Set([taken]) }));
    expect(errors.map(({ row, column, field }) => ({ row, column, field }))).toEqual([
      { row: 2, column: 'name', field: 'rows.2.name' },
      { row: 3, column: 'parent', field: 'rows.3.parent' },
    ]);
    expect(errors[1]?.reason).toContain('outside your scope');
  });

  it('takes the default date for rows without one, and a date of the reform by its rules', () => {
    const rows = [
      row('D1', 'district', '', { establishedOn: '2025-07-01' }),
      row('G1', 'grassroots'),
    ];
    const { errors, planned } = planUnitImport(rows, context());
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: 'kind' })]);
    expect(planned).toEqual([]);
    const ok = planUnitImport([row('G2', 'grassroots')], context());
    expect(ok.planned[0]?.establishedOn).toBe('2019-01-01');
  });
});

describe('the unit sheet', () => {
  it('finds columns by English or Vietnamese header, in any order and case', () => {
    const columns = locateColumns({
      columns: ['STT', 'Tên đơn vị', 'Mã', 'Loại', 'Mã cấp trên', 'Ngày thành lập'],
      rows: [],
    });
    expect(columns).toEqual(
      new Map([
        ['code', 2],
        ['name', 1],
        ['kind', 3],
        ['parent', 4],
        ['establishedOn', 5],
      ]),
    );
  });

  it('names every missing required column', () => {
    const errors = locateColumns({ columns: ['code', 'ghi chú'], rows: [] });
    expect(errors).toEqual([
      expect.objectContaining({ row: 1, column: 'name' }),
      expect.objectContaining({ row: 1, column: 'kind' }),
    ]);
  });

  it('reads dates as the union writes them, and refuses dates that do not exist', () => {
    expect(sheetDate('1/7/2025')).toBe('2025-07-01');
    expect(sheetDate('2025-07-01')).toBe('2025-07-01');
    expect(sheetDate('31/02/2025')).toBeUndefined();
    expect(sheetDate('2025-13-01')).toBeUndefined();
    expect(sheetDate('July 1')).toBeUndefined();
  });

  it('reports bad codes, empty names and kinds, and bad dates per cell', () => {
    const columns = new Map([
      ['code', 0],
      ['name', 1],
      ['kind', 2],
      ['establishedOn', 3],
    ] as const);
    const { errors, rows } = readSheetRows(
      [
        { row: 2, cells: ['A 1', '', 'branch', '30/2/2020'] },
        { row: 3, cells: ['A2', 'Tổ 1', ''] },
      ],
      columns,
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'code'],
      [2, 'name'],
      [2, 'establishedOn'],
      [3, 'kind'],
    ]);
    expect(rows[1]).toEqual({
      row: 3,
      code: 'A2',
      name: 'Tổ 1',
      kind: '',
      parent: '',
      establishedOn: '',
    });
  });
});
