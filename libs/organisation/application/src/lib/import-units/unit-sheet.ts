import type { FieldError } from '@vwu/platform-http';
import type { Table, TableRow } from '@vwu/platform-tabular';

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
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[_\s]+/gu, ' ')
    .trim();
}

/** Where each known column is, or the file-level errors when a required one is missing. */
export function locateColumns(table: Table): Map<UnitSheetColumn, number> | readonly FieldError[] {
  const keys = table.columns.map(headerKey);
  const located = new Map<UnitSheetColumn, number>();
  for (const [column, names] of Object.entries(UNIT_SHEET_COLUMNS) as [
    UnitSheetColumn,
    readonly string[],
  ][]) {
    const index = keys.findIndex((key) => names.includes(key));
    if (index >= 0) located.set(column, index);
  }
  const missing = REQUIRED.filter((column) => !located.has(column));
  return missing.length === 0
    ? located
    : missing.map((column) => ({
        field: `columns.${column}`,
        column: UNIT_SHEET_COLUMNS[column][0],
        row: 1,
        reason: `thiếu cột — the header has no column '${UNIT_SHEET_COLUMNS[column].join("' / '")}'`,
      }));
}

/** A date as the union writes it (01/07/2025) or as ISO (2025-07-01), to YYYY-MM-DD. */
export function sheetDate(text: string): string | undefined {
  const date = isoDate(text);
  if (date === undefined) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : undefined;
}

function isoDate(text: string): string | undefined {
  if (ISO_DATE.test(text)) return text;
  const vn = VIETNAMESE_DATE.exec(text);
  if (!vn) return undefined;
  const [, day = '', month = '', year = ''] = vn;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
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
  return { field: `rows.${row}.${column}`, row, column, reason };
}

/** The errors with each column named as the file's header names it, in row order. */
export function namedAsInFile(
  errors: readonly FieldError[],
  table: Table,
  columns: ReadonlyMap<UnitSheetColumn, number>,
): FieldError[] {
  const header = (column: string | undefined) =>
    column === undefined ? undefined : table.columns[columns.get(column as UnitSheetColumn) ?? -1];
  return errors
    .map((error) => ({ ...error, column: header(error.column) ?? error.column }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
