import { QUALIFICATIONS, type Qualification } from '@vwu/training-domain';
import type { FieldError } from '@vwu/platform-problems';
import { sheetDate, type TableRow } from '@vwu/platform-tabular';
import type { CadrePersonalFields } from '../cadre-streams';
import type { Catalogue } from '../catalogue';
import { acceptedValues, qualificationNamed } from './cadre-labels';
import { cellsOf, rowError, type Cells, type CadreSheetColumn } from './cadre-sheet';

/** Her post as a row gives it: the position, at the post's unit, from a day on. */
export interface SheetPost {
  readonly position: string;
  readonly unitId: string;
  readonly appointedOn: string;
}

/** One row of a cadre list, each cell checked on its own. */
export interface CadreSheetRow {
  readonly row: number;
  readonly personal: CadrePersonalFields;
  /** The unit that keeps her record. */
  readonly unitId: string;
  readonly memberId: string | null;
  readonly registeredOn: string;
  readonly qualifications: readonly { fact: Qualification; value: string; since: string }[];
  readonly post: SheetPost | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const NATIONAL_ID = /^\d{12}$/u;
const PHONE = /^\+?[0-9 ]{8,15}$/u;
const REQUIRED = 'bắt buộc — must not be empty';
const BAD_DATE = 'ngày không hợp lệ — a date is DD/MM/YYYY or YYYY-MM-DD';
const MAX_NAME = 200;

type Fail = (column: CadreSheetColumn, reason: string) => void;

function date(cell: Cells, column: CadreSheetColumn, fail: Fail, fallback: string): string {
  const written = cell(column);
  if (written === '') {
    if (fallback === '') fail(column, REQUIRED);
    return fallback;
  }
  const parsed = sheetDate(written);
  if (parsed === undefined) fail(column, BAD_DATE);
  return parsed ?? '';
}

/** A unit id (UUID), lower case; '' for an empty cell (required: an error). */
function unitId(cell: Cells, column: CadreSheetColumn, fail: Fail, required: boolean): string {
  const id = cell(column);
  if (id === '') {
    if (required) fail(column, REQUIRED);
    return '';
  }
  if (!UUID.test(id)) fail(column, 'mã đơn vị không hợp lệ — a unit is named by its id (UUID)');
  return id.toLowerCase();
}

function personalOf(cell: Cells, fail: Fail): CadrePersonalFields {
  const fullName = cell('fullName');
  if (fullName === '') fail('fullName', REQUIRED);
  if ([...fullName].length > MAX_NAME)
    fail('fullName', `dài quá ${MAX_NAME} ký tự — at most ${MAX_NAME} characters`);
  const nationalId = cell('nationalId');
  if (!NATIONAL_ID.test(nationalId))
    fail(
      'nationalId',
      nationalId === ''
        ? REQUIRED
        : 'số CCCD phải có đúng 12 chữ số (để cột ở dạng Văn bản để giữ số 0 ở đầu) — a national ID number is 12 digits (format the column as text to keep leading zeros)',
    );
  const phone = cell('phone');
  if (phone !== '' && !PHONE.test(phone))
    fail('phone', 'số điện thoại không hợp lệ — a phone number is 8 to 15 digits');
  return {
    fullName,
    birthDate: date(cell, 'dateOfBirth', fail, ''),
    nationalId,
    ...(phone === '' ? {} : { phone }),
  };
}

const FACT_COLUMNS: readonly (readonly [Qualification, CadreSheetColumn])[] = [
  ['education', 'education'],
  ['political-theory', 'politicalTheory'],
  ['party', 'party'],
  ['full-time', 'fullTime'],
];

/** The facts a row gives, each from her record's day on; an empty cell: not known yet. */
function qualificationsOf(cell: Cells, fail: Fail, since: string) {
  return FACT_COLUMNS.flatMap(([fact, column]) => {
    const text = cell(column);
    if (text === '') return [];
    const value = qualificationNamed(fact, text);
    if (value === undefined || !(QUALIFICATIONS[fact] as readonly string[]).includes(value)) {
      fail(column, `giá trị không hợp lệ — accepted: ${acceptedValues(fact)}`);
      return [];
    }
    return [{ fact, value, since }];
  });
}

function postOf(
  { cell, fail, catalogue }: { cell: Cells; fail: Fail; catalogue: Catalogue },
  recordUnit: string,
): SheetPost | null {
  const text = cell('position');
  const postUnit = unitId(cell, 'postUnit', fail, false);
  if (text === '') {
    if (postUnit !== '' || cell('appointedOn') !== '')
      fail(
        'position',
        'thiếu chức vụ cho đơn vị công tác — a post unit or date without a position',
      );
    return null;
  }
  const position = catalogue.positionNamed(text);
  if (position === undefined)
    fail(
      'position',
      'chức vụ không có trong danh mục — not a position of the catalogue (its code or Vietnamese label)',
    );
  const appointedOn = date(cell, 'appointedOn', fail, '');
  return { position: position ?? '', unitId: postUnit || recordUnit, appointedOn };
}

function memberIdOf(cell: Cells, fail: Fail): string | null {
  const memberId = cell('memberId');
  if (memberId === '') return null;
  if (!UUID.test(memberId))
    fail('memberId', 'mã hội viên không hợp lệ — a member is named by her id (UUID)');
  return memberId.toLowerCase();
}

/**
 * Every row's cells checked on their own (required, dates, the CCCD's form, phone, ids, the
 * qualifications' and positions' codes or labels); the rows as read and every cell error at
 * once. Reasons never quote a cell.
 */
export function readCadreRows(
  rows: readonly TableRow[],
  columns: ReadonlyMap<CadreSheetColumn, number>,
  defaultRegisteredOn: string,
  catalogue: Catalogue,
): { rows: CadreSheetRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const read = rows.map((tableRow) => {
    const cell = cellsOf(tableRow, columns);
    const fail: Fail = (column, reason) => errors.push(rowError(tableRow.row, column, reason));
    const personal = personalOf(cell, fail);
    const unit = unitId(cell, 'unit', fail, true);
    const registeredOn = date(cell, 'registeredOn', fail, defaultRegisteredOn);
    return {
      row: tableRow.row,
      personal,
      unitId: unit,
      memberId: memberIdOf(cell, fail),
      registeredOn,
      qualifications: qualificationsOf(cell, fail, registeredOn),
      post: postOf({ cell, fail, catalogue }, unit),
    };
  });
  return { rows: read, errors };
}
