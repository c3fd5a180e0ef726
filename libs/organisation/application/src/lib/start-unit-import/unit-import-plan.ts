import { type EstablishUnit, type ParentFacts, type UnitFacts } from '@vwu/organisation-domain';
import { DomainError } from '@vwu/platform-decider';
import type { FieldError } from '@vwu/platform-problems';
import { siblingNameReservation } from '../unit-streams';
import { rowError, type UnitSheetColumn, type UnitSheetRow } from './unit-sheet';

/** One unit the import will establish, with everything the establishment needs decided. */
export interface PlannedUnit {
  readonly row: number;
  readonly unitId: string;
  readonly name: string;
  readonly kind: string;
  readonly establishedOn: string;
  readonly parent: ParentFacts;
}

/** What the plan is checked against: the units already there and the rules. */
export interface ImportContext {
  /** Where rows with an empty parent go, and their date when the row has none. */
  readonly defaults: { readonly parentId: string; readonly establishedOn: string };
  /** Facts of the existing units the file names as parents (and of the default parent). */
  readonly existing: ReadonlyMap<string, UnitFacts>;
  /** Sibling-name reservations already taken under existing units. */
  readonly takenNames: ReadonlySet<string>;
  /** The unit id a row's code gets: the same for the same import, so a resume is idempotent. */
  readonly idOf: (code: string) => string;
  readonly inScope: (path: readonly string[]) => boolean;
  /** The decider's rules for one establishment, in memory: throws the DomainError a row breaks. */
  readonly simulate: (command: EstablishUnit) => void;
}

/** Columns to blame for a rule the decider refuses. */
const COLUMN_OF_CODE: Readonly<Record<string, UnitSheetColumn>> = {
  'organisation.invalid-name': 'name',
  'organisation.invalid-date': 'establishedOn',
  'organisation.before-parent': 'establishedOn',
  'organisation.parent-not-found': 'parent',
  'organisation.cycle': 'parent',
};

/** The column of a row to blame for a rule the decider or the tree refuses. */
export function columnOf(error: DomainError): UnitSheetColumn {
  return error.code === 'organisation.name-taken' ? 'name' : (COLUMN_OF_CODE[error.code] ?? 'kind');
}

type Resolved = { readonly row: UnitSheetRow; readonly parentCode?: string; parentId?: string };

/**
 * Validates every row against the file and the tree and orders them parents first. Nothing is
 * written: either every row is planned, or the errors of every row are returned.
 */
export function planUnitImport(
  rows: readonly UnitSheetRow[],
  context: ImportContext,
): { planned: PlannedUnit[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const byCode = indexCodes(rows, errors);
  // A row whose code repeats an earlier one is reported and not planned (nor its parent's twin).
  const resolved = rows.map((row) =>
    byCode.get(row.code) === row ? resolveParent(row, byCode, context, errors) : { row },
  );
  const planned: PlannedUnit[] = [];
  const facts = new Map<string, ParentFacts>();
  const names = new Map<string, number>();
  for (const entry of parentsFirst(resolved, errors)) {
    const parent = entry.parentCode ? facts.get(entry.parentCode) : existingParent(entry, context);
    if (!parent) continue; // its parent row is in error, or out of scope: reported there
    const unit = planRow(entry.row, parent, context, errors);
    if (!unit) continue;
    if (!checkName(unit, context, names, errors)) continue;
    planned.push(unit);
    const { unitId, kind, establishedOn } = unit;
    const ancestorIds = [...parent.ancestorIds, parent.unitId];
    facts.set(entry.row.code, { unitId, kind, establishedOn, ancestorIds, active: true });
  }
  return { planned: errors.length === 0 ? planned : [], errors };
}

function indexCodes(
  rows: readonly UnitSheetRow[],
  errors: FieldError[],
): Map<string, UnitSheetRow> {
  const byCode = new Map<string, UnitSheetRow>();
  for (const row of rows) {
    const first = byCode.get(row.code);
    if (first)
      errors.push(
        rowError(row.row, 'code', `mã trùng với dòng ${first.row} — same code as row ${first.row}`),
      );
    else byCode.set(row.code, row);
  }
  return byCode;
}

function resolveParent(
  row: UnitSheetRow,
  byCode: ReadonlyMap<string, UnitSheetRow>,
  context: ImportContext,
  errors: FieldError[],
): Resolved {
  if (row.parent === '') return { row, parentId: context.defaults.parentId };
  if (byCode.has(row.parent)) return { row, parentCode: row.parent };
  if (context.existing.get(row.parent)?.active) return { row, parentId: row.parent };
  errors.push(
    rowError(
      row.row,
      'parent',
      'không có dòng hay đơn vị với mã này — no row has this code and no active unit this id',
    ),
  );
  return { row };
}

/** Rows in an order where every parent comes before its children; rows in a cycle reported. */
function parentsFirst(resolved: readonly Resolved[], errors: FieldError[]): Resolved[] {
  const children = childrenByCode(resolved);
  const ordered = resolved.filter((e) => e.parentCode === undefined && e.parentId !== undefined);
  for (let next = 0; next < ordered.length; next += 1)
    ordered.push(...(children.get(ordered[next]?.row.code ?? '') ?? []));
  const reached = new Set(ordered.map((entry) => entry.row.row));
  const cycle = 'cấp trên tạo thành vòng — the parents form a cycle';
  for (const entry of resolved)
    if (entry.parentCode !== undefined && !reached.has(entry.row.row))
      errors.push(rowError(entry.row.row, 'parent', cycle));
  return ordered;
}

function childrenByCode(resolved: readonly Resolved[]): Map<string, Resolved[]> {
  const children = new Map<string, Resolved[]>();
  for (const entry of resolved) {
    if (entry.parentCode === undefined) continue;
    const siblings = children.get(entry.parentCode) ?? [];
    siblings.push(entry);
    children.set(entry.parentCode, siblings);
  }
  return children;
}

function existingParent(entry: Resolved, context: ImportContext): ParentFacts | undefined {
  const parent = entry.parentId === undefined ? undefined : context.existing.get(entry.parentId);
  return parent?.active ? parent : undefined;
}

function planRow(
  row: UnitSheetRow,
  parent: ParentFacts,
  context: ImportContext,
  errors: FieldError[],
): PlannedUnit | undefined {
  if (
    context.existing.has(parent.unitId) &&
    !context.inScope([...parent.ancestorIds, parent.unitId])
  ) {
    errors.push(rowError(row.row, 'parent', 'ngoài phạm vi của bạn — outside your scope'));
    return undefined;
  }
  const establishedOn = row.establishedOn || context.defaults.establishedOn;
  const unitId = context.idOf(row.code);
  const { name, kind } = row;
  try {
    context.simulate({ type: 'EstablishUnit', unitId, name, kind, establishedOn, parent });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    errors.push(rowError(row.row, columnOf(error), error.message));
    return undefined;
  }
  return { row: row.row, unitId, name, kind, establishedOn, parent };
}

/** A name is unique among siblings: in the file and among the existing children of a unit. */
function checkName(
  unit: PlannedUnit,
  context: ImportContext,
  names: Map<string, number>,
  errors: FieldError[],
): boolean {
  const key = siblingNameReservation(unit.parent.unitId, unit.name);
  const first = names.get(key);
  const reason =
    first !== undefined
      ? `trùng tên với dòng ${first} cùng cấp trên — same name as row ${first} under the same parent`
      : context.takenNames.has(key)
        ? 'cấp trên đã có đơn vị cùng tên — the parent has a unit of this name already'
        : undefined;
  if (reason) errors.push(rowError(unit.row, 'name', reason));
  else names.set(key, unit.row);
  return reason === undefined;
}
