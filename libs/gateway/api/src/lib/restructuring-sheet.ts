import {
  MAX_PLAN_STEPS,
  restructuringPlan,
  type RestructuringPreviewDto,
  type RestructuringStepDto,
} from '@vwu/internal-api';
import {
  counted,
  parseBody,
  ProblemError,
  RequestValidationError,
  type FieldError,
} from '@vwu/platform-http';
import type { ReadJobInput } from '@vwu/platform-jobs/gateway';
import { readTable, UnreadableTableError, type Table, type TableRow } from '@vwu/platform-tabular';
import { UpstreamProblem } from './upstream';

/**
 * A restructuring plan as the union's staff keep it: a spreadsheet, one step a row, e.g. the
 * mapping of the 2025 reform (old ward → new ward) as `sáp nhập` rows. Headers in Vietnamese or
 * English; an operation in either language.
 */
export const PLAN_SHEET_COLUMNS = {
  op: ['thao tác', 'op', 'operation'],
  unit: ['đơn vị', 'unit', 'mã đơn vị'],
  target: ['đơn vị nhận', 'target', 'cấp trên mới', 'đơn vị kế thừa'],
  name: ['tên', 'name', 'tên đơn vị'],
  kind: ['loại', 'kind', 'loại đơn vị'],
} as const;
type Column = keyof typeof PLAN_SHEET_COLUMNS;

const OPS: Readonly<Record<string, RestructuringStepDto['op']>> = {
  'thành lập': 'establish',
  establish: 'establish',
  'đổi tên': 'rename',
  rename: 'rename',
  chuyển: 'move',
  move: 'move',
  'sáp nhập': 'merge',
  merge: 'merge',
  'giải thể': 'dissolve',
  dissolve: 'dissolve',
};

/** What each operation needs filled in: the rest of its row is ignored. */
const NEEDS: Readonly<Record<RestructuringStepDto['op'], readonly Column[]>> = {
  establish: ['unit', 'target', 'name', 'kind'],
  rename: ['unit', 'name'],
  move: ['unit', 'target'],
  merge: ['unit', 'target'],
  dissolve: ['unit'],
};

const key = (text: string) =>
  text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

function locate(table: Table): Map<Column, number> {
  const headers = table.columns.map(key);
  const located = new Map<Column, number>();
  for (const [column, names] of Object.entries(PLAN_SHEET_COLUMNS) as [
    Column,
    readonly string[],
  ][]) {
    const index = headers.findIndex((header) => names.includes(header));
    if (index >= 0) located.set(column, index);
  }
  return located;
}

/** The operation of a row, or its error. */
function opOf(row: TableRow, cells: (column: Column) => string, errors: FieldError[]) {
  const op = OPS[key(cells('op'))];
  if (op === undefined)
    errors.push({
      field: `rows[${row.row}].op`,
      row: row.row,
      column: PLAN_SHEET_COLUMNS.op[0],
      reason: `must be one of: ${Object.keys(OPS).join(', ')}`,
    });
  return op;
}

function stepOf(row: TableRow, cells: (column: Column) => string, errors: FieldError[]) {
  const op = opOf(row, cells, errors);
  if (op === undefined) return undefined;
  const missing = NEEDS[op].filter((needed) => cells(needed) === '');
  for (const needed of missing)
    errors.push({
      field: `rows[${row.row}].${needed}`,
      row: row.row,
      column: PLAN_SHEET_COLUMNS[needed][0],
      reason: `must not be empty for '${op}'`,
    });
  return missing.length > 0 ? undefined : build(op, cells);
}

function build(
  op: RestructuringStepDto['op'],
  cells: (column: Column) => string,
): RestructuringStepDto {
  const [unit, target] = [cells('unit'), cells('target')];
  switch (op) {
    case 'establish':
      return { op, ref: unit, name: cells('name'), kind: cells('kind'), parent: target };
    case 'rename':
      return { op, unit, name: cells('name') };
    case 'move':
      return { op, unit, parent: target };
    case 'merge':
      return { op, unit, successor: target };
    case 'dissolve':
      return { op, unit, successor: target === '' ? null : target };
  }
}

/** The steps of a plan sheet, in row order, or every error of every row (row, column, reason). */
export function stepsFromSheet(table: Table): {
  readonly steps: RestructuringStepDto[];
  readonly rows: number[];
  readonly errors: FieldError[];
} {
  const located = locate(table);
  const errors: FieldError[] = [];
  for (const column of ['op', 'unit'] as const)
    if (!located.has(column))
      errors.push({
        field: `columns.${column}`,
        row: 1,
        column: PLAN_SHEET_COLUMNS[column][0],
        reason: `thiếu cột — the header has no column '${PLAN_SHEET_COLUMNS[column].join("' / '")}'`,
      });
  const steps: RestructuringStepDto[] = [];
  const rows: number[] = [];
  if (errors.length > 0) return { steps, rows, errors };
  for (const row of table.rows) {
    const cells = (column: Column) => {
      const index = located.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    const step = stepOf(row, cells, errors);
    if (step) {
      steps.push(step);
      rows.push(row.row);
    }
  }
  return { steps, rows, errors };
}

/** A sheet that cannot be a plan: nothing is applied, every error is listed. */
export function invalidSheet(errors: readonly FieldError[]): ProblemError {
  return new ProblemError(
    422,
    'organisation.restructuring-invalid',
    `Tệp phương án có ${errors.length} lỗi, chưa áp dụng gì — ${counted(errors.length, 'error')} in the sheet: nothing was applied`,
    errors,
  );
}

/** A conflict of `steps[i]…` named by the sheet's row too, so staff find it in their file. */
export function onRows(errors: readonly FieldError[], rows: readonly number[]): FieldError[] {
  return errors.map((error) => {
    const match = /^steps(?:\[(\d+)\]|\.(\d+))/.exec(error.field);
    const index = match?.[1] ?? match?.[2];
    const row = index === undefined ? undefined : rows[Number(index)];
    return row === undefined ? error : { ...error, row };
  });
}

/**
 * The "read input" hook of the restructuring job: a plan sheet (title and day from the query
 * string) as the plan the service takes, checked here (422 with every error, by row); the
 * service's conflicts are then named by the sheet's rows too.
 */
export const readPlanSheet: ReadJobInput = async ({ format, content }, options) => {
  const table = await readTable(content, format, { maxRows: MAX_PLAN_STEPS }).catch(
    (error: unknown) => {
      if (!(error instanceof UnreadableTableError)) throw error;
      throw invalidSheet([{ field: 'file', reason: error.message }]);
    },
  );
  const { steps, rows, errors } = stepsFromSheet(table);
  if (errors.length > 0) throw invalidSheet(errors);
  try {
    return {
      body: parseBody(restructuringPlan, { ...options, steps }),
      refused: (error) =>
        error instanceof UpstreamProblem && error.errors
          ? new ProblemError(error.status, error.code, error.message, onRows(error.errors, rows))
          : error,
      previewed: (answer) => {
        const preview = answer as RestructuringPreviewDto;
        return { ...preview, conflicts: onRows(preview.conflicts, rows) };
      },
    };
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    throw invalidSheet(onRows(error.errors ?? [], rows));
  }
};
