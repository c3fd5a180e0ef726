import { cellError } from '@vwu/platform-tabular';
import { failedColumns, oncePerColumn, planSheet, type SheetPlanRules } from './sheet-plan';

interface Row {
  readonly row: number;
  readonly name: string;
  readonly code: string;
}

const rowsOf = (...cells: [string, string][]): Row[] =>
  cells.map(([name, code], i) => ({ row: i + 2, name, code }));

/** Names must not be empty, codes must be digits, a code twice is refused, `x` is the decider's. */
function rules(decided: number[] = []): SheetPlanRules<Row, Row & { id: string }> {
  const firstOf = new Map<string, number>();
  return {
    earlier: ({ row, code }) => {
      const first = firstOf.get(code);
      if (first === undefined) firstOf.set(code, row);
      return first === undefined ? [] : [cellError(row, 'code', `same as row ${first}`)];
    },
    checks: ({ row, name, code }) => [
      name === '' ? cellError(row, 'name', 'empty') : undefined,
      /^\d+$/u.test(code) ? undefined : cellError(row, 'code', 'not digits'),
      code.length > 3 ? cellError(row, 'code', 'too long') : undefined,
    ],
    planned: (row) => ({ ...row, id: `id-${row.row}` }),
    decided: (planned) => {
      decided.push(planned.row);
      return planned.name === 'x' ? cellError(planned.row, 'name', 'refused') : undefined;
    },
  };
}

it('plans every row, with what the import adds, when no row has an error', () => {
  const calls: number[] = [];
  const plan = planSheet(rowsOf(['Lan', '1'], ['Mai', '2']), [], rules(calls));
  expect(plan.errors).toEqual([]);
  expect(plan.planned.map((p) => p.id)).toEqual(['id-2', 'id-3']);
  expect(calls).toEqual([2, 3]);
});

it('reports the first error of each column, none where the cell failed, and plans nothing', () => {
  const calls: number[] = [];
  const cellErrors = [cellError(3, 'name', 'cell')];
  const plan = planSheet(rowsOf(['Lan', '1'], ['', 'abcd'], ['', '5']), cellErrors, rules(calls));
  expect(plan.planned).toEqual([]);
  expect(plan.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
    [3, 'name', 'cell'],
    [3, 'code', 'not digits'],
    [4, 'name', 'empty'],
  ]);
  // The decider sees only rows with no error at all.
  expect(calls).toEqual([2]);
});

it('reports every error against an earlier row, even in a column a check blames too', () => {
  const calls: number[] = [];
  const plan = planSheet(rowsOf(['Lan', '12345'], ['Mai', '12345']), [], rules(calls));
  expect(plan.errors.map((e) => [e.row, e.reason])).toEqual([
    [2, 'too long'],
    [3, 'same as row 2'],
    [3, 'too long'],
  ]);
  expect(calls).toEqual([]);
});

it("reports the decider's refusal of a row that passed every check", () => {
  const plan = planSheet(rowsOf(['Lan', '1'], ['x', '2']), [], rules());
  expect(plan).toEqual({ planned: [], errors: [cellError(3, 'name', 'refused')] });
});

it('keeps the first error of a column, and the columns each row failed in', () => {
  const errors = [cellError(2, 'a', 'one'), cellError(2, 'a', 'two'), cellError(4, 'b', 'three')];
  expect(oncePerColumn([undefined, ...errors])).toEqual([errors[0], errors[2]]);
  expect(oncePerColumn(errors, new Set(['a']))).toEqual([errors[2]]);
  expect(failedColumns([...errors, { field: 'file', reason: 'no row' }])).toEqual(
    new Map([
      [2, new Set(['a'])],
      [4, new Set(['b'])],
    ]),
  );
});
