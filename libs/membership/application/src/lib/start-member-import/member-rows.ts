import type { SpecialGroup } from '@vwu/membership-domain';
import type { FieldError } from '@vwu/platform-problems';
import type { TableRow } from '@vwu/platform-tabular';
import type { PersonalFields } from '../personal-fields';
import { acceptedSpecialGroups, specialGroupNamed } from '../special-group-labels';
import { cellsOf, rowError, sheetDate, type Cells, type MemberSheetColumn } from './member-sheet';

/** One row of a member list, each cell checked on its own. */
export interface MemberSheetRow {
  readonly row: number;
  readonly personal: PersonalFields;
  readonly branchId: string;
  readonly groupId: string | null;
  readonly admittedOn: string;
  readonly specialGroups: readonly SpecialGroup[];
}

/** "young; Phụ nữ cao tuổi" → ['young', 'elderly']; the 1-based positions not understood. */
export function parseSpecialGroups(text: string): { groups: SpecialGroup[]; unknown: number[] } {
  const groups: SpecialGroup[] = [];
  const unknown: number[] = [];
  text.split(/[,;]/u).forEach((item, index) => {
    const group = specialGroupNamed(item);
    if (group) groups.push(group);
    else if (item.trim() !== '') unknown.push(index + 1);
  });
  return { groups: [...new Set(groups)], unknown };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const NATIONAL_ID = /^\d{12}$/u;
const PHONE = /^\+?[0-9 ]{8,15}$/u;
const REQUIRED = 'bắt buộc — must not be empty';
const BAD_DATE = 'ngày không hợp lệ — a date is DD/MM/YYYY or YYYY-MM-DD';

/** The longest text each free-text column takes (as POST /api/v1/members does). */
const TEXT_LIMITS = {
  fullName: 200,
  address: 500,
  ethnicity: 50,
  religion: 50,
  occupation: 100,
  education: 100,
} as const;
type TextColumn = keyof typeof TEXT_LIMITS;

type Fail = (column: MemberSheetColumn, reason: string) => void;

function text(cell: Cells, column: TextColumn, fail: Fail): string {
  const value = cell(column);
  const max = TEXT_LIMITS[column];
  if ([...value].length > max) fail(column, `dài quá ${max} ký tự — at most ${max} characters`);
  return value;
}

function date(cell: Cells, column: MemberSheetColumn, fail: Fail, fallback: string): string {
  const written = cell(column);
  if (written === '') {
    if (fallback === '') fail(column, REQUIRED);
    return fallback;
  }
  const parsed = sheetDate(written);
  if (parsed === undefined) fail(column, BAD_DATE);
  return parsed ?? '';
}

function matching(
  cell: Cells,
  { column, pattern, reason }: { column: MemberSheetColumn; pattern: RegExp; reason: string },
  fail: Fail,
) {
  const value = cell(column);
  if (value !== '' && !pattern.test(value)) fail(column, reason);
  return value;
}

function personalOf(cell: Cells, fail: Fail): PersonalFields {
  const fullName = text(cell, 'fullName', fail);
  if (fullName === '') fail('fullName', REQUIRED);
  const nationalId = cell('nationalId');
  if (!NATIONAL_ID.test(nationalId))
    fail(
      'nationalId',
      nationalId === ''
        ? REQUIRED
        : 'số CCCD phải có đúng 12 chữ số (để cột ở dạng Văn bản để giữ số 0 ở đầu) — a national ID number is 12 digits (format the column as text to keep leading zeros)',
    );
  const phone = matching(
    cell,
    {
      column: 'phone',
      pattern: PHONE,
      reason: 'số điện thoại không hợp lệ — a phone number is 8 to 15 digits',
    },
    fail,
  );
  const optional = (['address', 'ethnicity', 'religion', 'occupation', 'education'] as const)
    .map((column) => [column, text(cell, column, fail)] as const)
    .filter(([, value]) => value !== '');
  return {
    fullName,
    birthDate: date(cell, 'dateOfBirth', fail, ''),
    nationalId,
    ...(phone === '' ? {} : { phone }),
    ...Object.fromEntries(optional),
  };
}

function placeOf(cell: Cells, fail: Fail) {
  const branchId = cell('branch');
  if (!UUID.test(branchId))
    fail(
      'branch',
      branchId === '' ? REQUIRED : 'mã chi hội không hợp lệ — a branch is named by its id (UUID)',
    );
  const groupId = matching(
    cell,
    {
      column: 'group',
      pattern: UUID,
      reason: 'mã tổ không hợp lệ — a group is named by its id (UUID)',
    },
    fail,
  );
  return {
    branchId: branchId.toLowerCase(),
    groupId: groupId === '' ? null : groupId.toLowerCase(),
  };
}

/**
 * Every row's cells checked on their own (required, dates, the CCCD's form, phone, ids, special
 * groups, lengths); the rows as read and every cell error at once. Reasons never quote a cell.
 */
export function readMemberRows(
  rows: readonly TableRow[],
  columns: ReadonlyMap<MemberSheetColumn, number>,
  defaultAdmittedOn: string,
): { rows: MemberSheetRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const read = rows.map((tableRow) => {
    const cell = cellsOf(tableRow, columns);
    const fail: Fail = (column, reason) => errors.push(rowError(tableRow.row, column, reason));
    const personal = personalOf(cell, fail);
    const { groups, unknown } = parseSpecialGroups(cell('specialGroups'));
    if (unknown.length > 0)
      fail(
        'specialGroups',
        `mục ${unknown.join(', ')} không phải nhóm đặc thù — item ${unknown.join(', ')} is not a special group. Các nhóm, theo tên hoặc mã, cách nhau bởi , hoặc ; — accepted, by label or code, separated by , or ;: ${acceptedSpecialGroups()}`,
      );
    const admittedOn = date(cell, 'admittedOn', fail, defaultAdmittedOn);
    return {
      row: tableRow.row,
      personal,
      ...placeOf(cell, fail),
      admittedOn,
      specialGroups: groups,
    };
  });
  return { rows: read, errors };
}
