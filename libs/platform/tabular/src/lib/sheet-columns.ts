// Import sheets as the union fills them in: columns found by their Vietnamese or English names,
// dates written 17/05/1990 or 1990-05-17, errors named by row and by the file's own header.
import type { FieldError } from '@vwu/platform-problems';
import type { Table } from './table';

/** Each column's accepted header names, lower case (the first is the one errors name). */
export type SheetColumns<C extends string> = Readonly<Record<C, readonly string[]>>;

function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[_\s]+/gu, ' ')
    .trim();
}

/** Where each known column is, or the file-level errors when a required one is missing. */
export function locateSheetColumns<C extends string>(
  table: Table,
  columns: SheetColumns<C>,
  required: readonly C[],
): Map<C, number> | readonly FieldError[] {
  const keys = table.columns.map(headerKey);
  const located = new Map<C, number>();
  for (const [column, names] of Object.entries(columns) as [C, readonly string[]][]) {
    const index = keys.findIndex((key) => names.includes(key));
    if (index >= 0) located.set(column, index);
  }
  const missing = required.filter((column) => !located.has(column));
  return missing.length === 0
    ? located
    : missing.map((column) => ({
        field: `columns.${column}`,
        column: columns[column][0],
        row: 1,
        reason: `thiếu cột — the header has no column '${columns[column].join("' / '")}'`,
      }));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** 17/05/1990 as 1990-05-17; anything else as it is. */
function asIso(text: string): string {
  const vn = VIETNAMESE_DATE.exec(text);
  if (!vn) return text;
  const [, day = '', month = '', year = ''] = vn;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A date as the union writes it (01/07/2025) or as ISO (2025-07-01), to YYYY-MM-DD. */
export function sheetDate(text: string): string | undefined {
  const date = asIso(text);
  if (!ISO_DATE.test(date)) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : undefined;
}

/** An error of one cell: the spreadsheet row and the column; never the cell's value. */
export function cellError(row: number, column: string, reason: string): FieldError {
  return { field: `rows.${row}.${column}`, row, column, reason };
}

/** The errors with each column named as the file's header names it, in row order. */
export function namedAsInFile(
  errors: readonly FieldError[],
  table: Table,
  columns: ReadonlyMap<string, number>,
): FieldError[] {
  const header = (column: string | undefined) =>
    column === undefined ? undefined : table.columns[columns.get(column) ?? -1];
  return errors
    .map((error) => ({ ...error, column: header(error.column) ?? error.column }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
