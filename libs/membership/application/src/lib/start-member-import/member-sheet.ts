import type { FieldError } from '@vwu/platform-problems';
import {
  cellError,
  locateSheetColumns,
  namedAsInFile,
  sheetDate,
  type Table,
  type TableRow,
} from '@vwu/platform-tabular';

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

/** Where each known column is, or the file-level errors when a required one is missing. */
export function locateMemberColumns(
  table: Table,
): Map<MemberSheetColumn, number> | readonly FieldError[] {
  return locateSheetColumns(table, MEMBER_SHEET_COLUMNS, REQUIRED);
}

/** An error of one cell: the spreadsheet row and the column; never the cell's value. */
export function rowError(row: number, column: MemberSheetColumn, reason: string): FieldError {
  return cellError(row, column, reason);
}

export { namedAsInFile, sheetDate };

/** A row's cells by column name. */
export type Cells = (column: MemberSheetColumn) => string;

export function cellsOf(
  { cells }: TableRow,
  columns: ReadonlyMap<MemberSheetColumn, number>,
): Cells {
  return (column) => cells[columns.get(column) ?? -1]?.trim() ?? '';
}
