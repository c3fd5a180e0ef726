import { isCalendarDate } from '@vwu/platform-decider';
import type { FieldError } from '@vwu/platform-http';
import type { Table, TableRow } from '@vwu/platform-tabular';

/** The columns of a member list; the header may use the Vietnamese or the English name. */
export const MEMBER_SHEET_COLUMNS = {
  fullName: ['họ và tên', 'họ tên', 'full name', 'fullname'],
  dateOfBirth: ['ngày sinh', 'date of birth', 'dateofbirth', 'birth date', 'birthdate'],
  nationalId: ['số cccd', 'cccd', 'national id', 'nationalid'],
  phone: ['điện thoại', 'số điện thoại', 'phone'],
  address: ['địa chỉ', 'address'],
  branch: ['chi hội', 'mã chi hội', 'branch', 'branch id', 'branchid'],
  admittedOn: ['ngày kết nạp', 'admitted on', 'admittedon'],
  specialGroups: ['nhóm đặc thù', 'special groups', 'specialgroups'],
  group: ['tổ', 'tổ phụ nữ', 'mã tổ', 'group', 'group id', 'groupid'],
  ethnicity: ['dân tộc', 'ethnicity'],
  religion: ['tôn giáo', 'religion'],
  occupation: ['nghề nghiệp', 'occupation'],
  education: ['trình độ học vấn', 'trình độ', 'education'],
} as const;

export type MemberSheetColumn = keyof typeof MEMBER_SHEET_COLUMNS;
const REQUIRED: readonly MemberSheetColumn[] = ['fullName', 'dateOfBirth', 'nationalId', 'branch'];

function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[_\s]+/gu, ' ')
    .trim();
}

/** Where each known column is, or the file-level errors when a required one is missing. */
export function locateMemberColumns(
  table: Table,
): Map<MemberSheetColumn, number> | readonly FieldError[] {
  const keys = table.columns.map(headerKey);
  const located = new Map<MemberSheetColumn, number>();
  for (const [column, names] of Object.entries(MEMBER_SHEET_COLUMNS) as [
    MemberSheetColumn,
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
        column: MEMBER_SHEET_COLUMNS[column][0],
        row: 1,
        reason: `thiếu cột — the header has no column '${MEMBER_SHEET_COLUMNS[column].join("' / '")}'`,
      }));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date as the union writes it (17/05/1990) or as ISO (1990-05-17), to YYYY-MM-DD. */
export function sheetDate(text: string): string | undefined {
  const vn = VIETNAMESE_DATE.exec(text);
  const [, day = '', month = '', year = ''] = vn ?? [];
  const iso = vn ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : text;
  return ISO_DATE.test(iso) && isCalendarDate(iso) ? iso : undefined;
}

/** An error of one cell: the spreadsheet row and the column; never the cell's value. */
export function rowError(row: number, column: MemberSheetColumn, reason: string): FieldError {
  return { field: `rows.${row}.${column}`, row, column, reason };
}

/** The errors with each column named as the file's header names it, in row order. */
export function namedAsInFile(
  errors: readonly FieldError[],
  table: Table,
  columns: ReadonlyMap<MemberSheetColumn, number>,
): FieldError[] {
  const header = (column: string | undefined) =>
    column === undefined
      ? undefined
      : table.columns[columns.get(column as MemberSheetColumn) ?? -1];
  return errors
    .map((error) => ({ ...error, column: header(error.column) ?? error.column }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** A row's cells by column name. */
export type Cells = (column: MemberSheetColumn) => string;

export function cellsOf(
  { cells }: TableRow,
  columns: ReadonlyMap<MemberSheetColumn, number>,
): Cells {
  return (column) => cells[columns.get(column) ?? -1]?.trim() ?? '';
}
