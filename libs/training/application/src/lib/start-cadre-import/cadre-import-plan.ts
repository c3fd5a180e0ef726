import { MIN_CADRE_AGE, type CadreUnitFacts } from '@vwu/training-domain';
import { ageOn, DomainError } from '@vwu/platform-decider';
import { planSheet, type SheetPlan } from '@vwu/platform-imports';
import type { FieldError } from '@vwu/platform-problems';
import { importCommand, seatOf, type UnitPositions } from './cadre-import-command';
import type { ImportCadre } from './cadre-import-decider';
import type { PlannedCadre } from './cadre-import.job';
import type { CadreSheetRow } from './cadre-rows';
import { rowError, type CadreSheetColumn } from './cadre-sheet';

/** What the rows are checked against besides each other. */
export interface CadreImportContext {
  /** The facts of every unit the file names (records' and posts'), and the positions there. */
  readonly places: UnitPositions;
  /** Who holds each single seat now (seat id → cadre id); seats left already are not here. */
  readonly seatHolders: ReadonlyMap<string, string>;
  readonly cadreIdOf: (row: number) => string;
  readonly postIdOf: (row: number) => string;
  readonly inScope: (path: readonly string[]) => boolean;
  readonly today: string;
  /** The cadre decider's rules, in memory: throws the DomainError that a row breaks. */
  readonly simulate: (command: ImportCadre) => unknown;
}

/** Columns to blame for a rule the decider refuses (a safety net: the checks come first). */
const COLUMN_OF_CODE: Readonly<Record<string, CadreSheetColumn>> = {
  'training.unit-not-active': 'unit',
  'training.unknown-position': 'position',
  'training.position-not-at-unit-kind': 'position',
  'training.post-held': 'position',
};

/** A refusal of the decider as a row's error; its own message unless it may quote a value. */
export function refusalOf(row: number, error: DomainError): FieldError {
  const column = COLUMN_OF_CODE[error.code] ?? 'registeredOn';
  const reason = Object.hasOwn(COLUMN_OF_CODE, error.code)
    ? error.message
    : `hồ sơ bị từ chối (${error.code}) — the record is refused by the cadre rules (${error.code})`;
  return rowError(row, column, reason);
}

type Check = (row: CadreSheetRow, context: CadreImportContext) => FieldError | undefined;

const path = (unit: CadreUnitFacts) => [...unit.ancestorIds, unit.unitId];
const NOT_ACTIVE =
  'không phải đơn vị đang hoạt động — not an active unit (unknown, closed, or not yet known to the training service)';
const OUT_OF_SCOPE = 'đơn vị ngoài phạm vi của bạn — the unit is outside your scope';

const inTheFuture: Check = ({ row, registeredOn, post }, { today }) => {
  if (registeredOn > today)
    return rowError(row, 'registeredOn', 'ngày tiếp nhận sau hôm nay — the date is in the future');
  return post && post.appointedOn > today
    ? rowError(row, 'appointedOn', 'ngày bổ nhiệm sau hôm nay — the date is in the future')
    : undefined;
};

const underAge: Check = ({ row, personal, registeredOn }) =>
  personal.birthDate !== '' &&
  registeredOn !== '' &&
  ageOn(personal.birthDate, registeredOn) < MIN_CADRE_AGE
    ? rowError(
        row,
        'dateOfBirth',
        `chưa đủ ${MIN_CADRE_AGE} tuổi vào ngày tiếp nhận — under ${MIN_CADRE_AGE} on the day her record opens`,
      )
    : undefined;

const recordUnit: Check = ({ row, unitId }, { places: { units }, inScope }) => {
  const unit = units.get(unitId);
  if (unitId === '') return undefined;
  if (!unit?.active) return rowError(row, 'unit', NOT_ACTIVE);
  return inScope(path(unit)) ? undefined : rowError(row, 'unit', OUT_OF_SCOPE);
};

const postUnit: Check = ({ row, unitId, post }, { places: { units }, inScope }) => {
  if (!post || post.unitId === '' || post.unitId === unitId) return undefined;
  const unit = units.get(post.unitId);
  if (!unit?.active) return rowError(row, 'postUnit', NOT_ACTIVE);
  return inScope(path(unit)) ? undefined : rowError(row, 'postUnit', OUT_OF_SCOPE);
};

const positionAtKind: Check = ({ row, post }, { places }) => {
  const unit = post && places.units.get(post.unitId);
  if (!post || post.position === '' || !unit?.active) return undefined;
  const { definition } = places.at(unit.unitId, post.position);
  return definition && !definition.unitKinds.includes(unit.kind)
    ? rowError(
        row,
        'position',
        `đơn vị loại ${unit.kind} không có chức vụ này — a unit of kind ${unit.kind} has no such position`,
      )
    : undefined;
};

const seatHeld: Check = (row, context) => {
  const seat = seatOf(row, context.places);
  const holder = seat === undefined ? undefined : context.seatHolders.get(seat);
  return holder !== undefined && holder !== context.cadreIdOf(row.row)
    ? rowError(
        row.row,
        'position',
        'đơn vị đã có người giữ chức vụ này — another cadre holds this single seat of the unit',
      )
    : undefined;
};

const CHECKS: readonly Check[] = [
  inTheFuture,
  underAge,
  recordUnit,
  postUnit,
  positionAtKind,
  seatHeld,
];

/** The decider's own rules for her registration and post, on rows that passed every check. */
function decided(planned: PlannedCadre, context: CadreImportContext): FieldError | undefined {
  try {
    context.simulate(importCommand(planned, context.places, '', context.today));
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return refusalOf(planned.row, error);
  }
}

/** Values two rows may not share: her CCCD, and a single seat. */
function clashes(row: CadreSheetRow, seen: Map<string, number>, context: CadreImportContext) {
  const found: FieldError[] = [];
  const { nationalId } = row.personal;
  const nationalIdKey = /^\d{12}$/u.test(nationalId) ? `cccd:${nationalId}` : undefined;
  const seat = seatOf(row, context.places);
  for (const [key, column] of [
    [nationalIdKey, 'nationalId'],
    [seat, 'position'],
  ] as const) {
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else
      found.push(
        rowError(
          row.row,
          column,
          column === 'nationalId'
            ? `CCCD trùng với dòng ${first} — same national ID number as row ${first}`
            : `dòng ${first} đã nhận chức vụ này ở đơn vị này — row ${first} takes this single seat already`,
        ),
      );
  }
  return found;
}

/**
 * Checks the rows against each other (a CCCD twice, two rows for one single seat), the unit
 * directory (active units in the caller's scope, a position the post's unit has), the seats
 * held and the cadre rules. Nothing is written: every row is planned, or every error is
 * returned. `cellErrors` are the rows' own errors: such a row is still checked in its other
 * columns, the decider's rules only on a row with no error at all.
 */
export function planCadreImport(
  rows: readonly CadreSheetRow[],
  cellErrors: readonly FieldError[],
  context: CadreImportContext,
): SheetPlan<PlannedCadre> {
  const seen = new Map<string, number>();
  return planSheet(rows, cellErrors, {
    checks: (row) => {
      const clash = clashes(row, seen, context);
      return [...CHECKS.map((check) => check(row, context)), ...clash];
    },
    planned: (row) => ({
      ...row,
      cadreId: context.cadreIdOf(row.row),
      postId: context.postIdOf(row.row),
    }),
    decided: (cadre) => decided(cadre, context),
  });
}
