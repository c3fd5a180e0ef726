import type { FieldError } from '@vwu/platform-problems';
import {
  cellError,
  locateSheetColumns,
  namedAsInFile,
  sheetDate,
  type Table,
  type TableRow,
} from '@vwu/platform-tabular';

/** The columns of a unit import file; the header may use the English or the Vietnamese name. */
export const UNIT_SHEET_COLUMNS = {
  code: ['code', 'mã', 'mã đơn vị'],
  name: ['name', 'tên', 'tên đơn vị'],
  kind: ['kind', 'loại', 'loại đơn vị'],
  parent: ['parent', 'cấp trên', 'đơn vị cấp trên', 'mã cấp trên'],
  establishedOn: ['established on', 'establishedon', 'ngày thành lập'],
} as const;

export type UnitSheetColumn = keyof typeof UNIT_SHEET_COLUMNS;
const REQUIRED: readonly UnitSheetColumn[] = ['code', 'name', 'kind'];

/** One row of the file as written: `parent` is a code of another row, a unit id, or empty. */
export interface UnitSheetRow {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parent: string;
  /** YYYY-MM-DD, or '' for the import's default date. */
  readonly establishedOn: string;
}

const CODE = /^[\p{L}\p{N}._/-]{1,64}$/u;

/** Where each known column is, or the file-level errors when a required one is missing. */
export function locateColumns(table: Table): Map<UnitSheetColumn, number> | readonly FieldError[] {
  return locateSheetColumns(table, UNIT_SHEET_COLUMNS, REQUIRED);
}

/** A row's cells by column; the cell-level errors (code, date) of every row, all at once. */
export function readSheetRows(
  rows: readonly TableRow[],
  columns: ReadonlyMap<UnitSheetColumn, number>,
): { rows: UnitSheetRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const read: UnitSheetRow[] = [];
  for (const { row, cells } of rows) {
    const cell = (column: UnitSheetColumn) => cells[columns.get(column) ?? -1]?.trim() ?? '';
    const fail = (column: UnitSheetColumn, reason: string) =>
      errors.push(rowError(row, column, reason));
    const code = cell('code');
    if (!CODE.test(code))
      fail('code', 'mã không hợp lệ — a code is 1 to 64 letters, digits, . _ / -');
    for (const column of ['name', 'kind'] as const)
      if (cell(column) === '') fail(column, 'bắt buộc — must not be empty');
    const written = cell('establishedOn');
    const establishedOn = written === '' ? '' : sheetDate(written);
    if (establishedOn === undefined)
      fail('establishedOn', 'ngày không hợp lệ — a date is DD/MM/YYYY or YYYY-MM-DD');
    read.push({
      row,
      code,
      name: cell('name'),
      kind: cell('kind'),
      parent: cell('parent'),
      establishedOn: establishedOn ?? '',
    });
  }
  return { rows: read, errors };
}

/** An error of one cell: the spreadsheet row and the column as the file names it. */
export function rowError(row: number, column: UnitSheetColumn, reason: string): FieldError {
  return cellError(row, column, reason);
}

export { namedAsInFile, sheetDate };
