import type { FieldError } from '@vwu/platform-problems';

/** A row of a sheet, as its reader gives it: numbered as the spreadsheet numbers it. */
export interface SheetRow {
  readonly row: number;
}

/** Every row planned, or every error (in row order) and nothing planned. */
export interface SheetPlan<P> {
  readonly planned: P[];
  readonly errors: FieldError[];
}

/** How an import checks and plans each row; the walk over the rows is the same for every import. */
export interface SheetPlanRules<R extends SheetRow, P> {
  /**
   * The row against the rows before it (a number twice): every error is reported as it is, and
   * such a row is planned no further.
   */
  readonly earlier?: (row: R) => readonly FieldError[];
  /** The row's checks: the first error of each column counts, none in a column that failed already. */
  readonly checks: (row: R) => readonly (FieldError | undefined)[];
  /** The row as the job will run it (with the ids it gets). */
  readonly planned: (row: R) => P;
  /** The decider's own rules, in memory, on a row with no error at all: its refusal, if any. */
  readonly decided: (planned: P) => FieldError | undefined;
}

/**
 * Checks every row, and plans them all or none. `cellErrors` are the rows' own errors, found
 * before: each row is still checked in its other columns (every error of a row at once), the
 * decider's own rules only on a row with no error at all. Nothing is written.
 */
export function planSheet<R extends SheetRow, P>(
  rows: readonly R[],
  cellErrors: readonly FieldError[],
  rules: SheetPlanRules<R, P>,
): SheetPlan<P> {
  const errors: FieldError[] = [];
  const failed = failedColumns(cellErrors);
  const planned: P[] = [];
  for (const row of rows) {
    const { refused, plan } = planRow(row, failed.get(row.row), rules);
    errors.push(...refused);
    if (plan !== undefined) planned.push(plan.row);
  }
  const all = [...cellErrors, ...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { planned: all.length === 0 ? planned : [], errors: all };
}

/** One row's errors, in the order found; its plan when it has none (nor cell errors). */
function planRow<R extends SheetRow, P>(
  row: R,
  own: ReadonlySet<string> | undefined,
  rules: SheetPlanRules<R, P>,
): { refused: FieldError[]; plan?: { row: P } } {
  const earlier = rules.earlier?.(row) ?? [];
  const found = oncePerColumn(rules.checks(row), own);
  const plan = rules.planned(row);
  const clean = own === undefined && found.length === 0 && earlier.length === 0;
  const refused = clean ? [rules.decided(plan)].filter((e) => e !== undefined) : found;
  return refused.length === 0 && clean
    ? { refused: [], plan: { row: plan } }
    : { refused: [...earlier, ...refused] };
}

/** A row's check errors, the first of each column, none in a column that failed already. */
export function oncePerColumn(
  found: readonly (FieldError | undefined)[],
  failed: ReadonlySet<string> = new Set(),
): FieldError[] {
  const seen = new Set(failed);
  return found.filter((error): error is FieldError => {
    if (error === undefined || seen.has(error.column ?? '')) return false;
    seen.add(error.column ?? '');
    return true;
  });
}

/** The columns each row already has an error in (checked no further there). */
export function failedColumns(errors: readonly FieldError[]): Map<number, Set<string>> {
  const failed = new Map<number, Set<string>>();
  for (const { row, column } of errors) {
    if (row === undefined) continue;
    failed.set(row, (failed.get(row) ?? new Set<string>()).add(column ?? ''));
  }
  return failed;
}
