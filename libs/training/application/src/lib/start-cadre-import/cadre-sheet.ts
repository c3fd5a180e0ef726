import type { FieldError } from '@vwu/platform-problems';
import { cellError, locateSheetColumns, type Table, type TableRow } from '@vwu/platform-tabular';

/** The columns of a cadre list; the header may use the Vietnamese or the English name. */
export const CADRE_SHEET_COLUMNS = {
  fullName: ['họ và tên', 'họ tên', 'full name', 'fullname'],
  dateOfBirth: ['ngày sinh', 'date of birth', 'dateofbirth', 'birth date', 'birthdate'],
  nationalId: ['số cccd', 'cccd', 'national id', 'nationalid'],
  phone: ['điện thoại', 'số điện thoại', 'phone'],
  unit: ['đơn vị', 'mã đơn vị', 'unit', 'unit id', 'unitid'],
  memberId: ['mã hội viên', 'member id', 'memberid'],
  registeredOn: ['ngày tiếp nhận', 'registered on', 'registeredon'],
  education: ['trình độ', 'trình độ chuyên môn', 'education'],
  politicalTheory: ['lý luận chính trị', 'political theory', 'politicaltheory'],
  party: ['đảng viên', 'party', 'party member'],
  fullTime: ['chuyên trách', 'full time', 'full-time', 'fulltime'],
  position: ['chức vụ', 'position'],
  postUnit: ['đơn vị công tác', 'post unit', 'postunit'],
  appointedOn: ['ngày bổ nhiệm', 'appointed on', 'appointedon'],
} as const;

export type CadreSheetColumn = keyof typeof CADRE_SHEET_COLUMNS;

/** The qualification columns must be there (a cell may be empty: the fact is not known yet). */
const REQUIRED: readonly CadreSheetColumn[] = [
  'fullName',
  'dateOfBirth',
  'nationalId',
  'unit',
  'education',
  'politicalTheory',
  'party',
  'fullTime',
];

/** Where each known column is, or the file-level errors when a required one is missing. */
export function locateCadreColumns(
  table: Table,
): Map<CadreSheetColumn, number> | readonly FieldError[] {
  return locateSheetColumns(table, CADRE_SHEET_COLUMNS, REQUIRED);
}

/** An error of one cell: the spreadsheet row and the column; never the cell's value. */
export function rowError(row: number, column: CadreSheetColumn, reason: string): FieldError {
  return cellError(row, column, reason);
}

/** A row's cells by column name. */
export type Cells = (column: CadreSheetColumn) => string;

export function cellsOf(
  { cells }: TableRow,
  columns: ReadonlyMap<CadreSheetColumn, number>,
): Cells {
  return (column) => cells[columns.get(column) ?? -1]?.trim() ?? '';
}

/** The header of the export, in the import's Vietnamese names: an export imports again. */
export const CADRE_EXPORT_COLUMNS = [
  'Mã cán bộ',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Điện thoại',
  'Đơn vị',
  'Mã hội viên',
  'Ngày tiếp nhận',
  'Trình độ',
  'Lý luận chính trị',
  'Đảng viên',
  'Chuyên trách',
  'Chức vụ',
  'Đơn vị công tác',
  'Ngày bổ nhiệm',
] as const;
