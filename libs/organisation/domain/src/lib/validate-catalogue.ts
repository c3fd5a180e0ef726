import { isCalendarDate, type Period } from './calendar-date';
import {
  kindDefinition,
  type ParentRule,
  type UnitKindCatalogue,
  type UnitKindDefinition,
} from './unit-kind-catalogue';

export type CatalogueProblemCode =
  | 'root-kind-missing'
  | 'root-has-parents'
  | 'invalid-kind-id'
  | 'missing-label'
  | 'unknown-parent-kind'
  | 'invalid-date'
  | 'empty-period'
  | 'no-possible-parent'
  | 'unreachable-from-root';

export interface CatalogueProblem {
  readonly code: CatalogueProblemCode;
  /** The kind whose definition has the problem (the root kind for 'root-kind-missing'). */
  readonly kind: string;
  readonly message: string;
}

/** What the public events accept as a kind (UnitEstablished.v1 `kind`). */
const KIND_ID = /^[a-z][a-z0-9-]{0,49}$/;

/**
 * Everything wrong with a catalogue, empty when it is usable: check a catalogue before it goes
 * into force, since a unit of a kind that cannot be placed could never be established.
 */
export function validateCatalogue(catalogue: UnitKindCatalogue): readonly CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const { rootKind } = catalogue;
  if (kindDefinition(catalogue, rootKind) === undefined)
    problems.push({
      code: 'root-kind-missing',
      kind: rootKind,
      message: `the root kind '${rootKind}' is not defined`,
    });
  for (const [kind, definition] of Object.entries(catalogue.kinds))
    problems.push(...kindProblems(catalogue, kind, definition));
  return [...problems, ...unreachableKinds(catalogue)];
}

function kindProblems(
  catalogue: UnitKindCatalogue,
  kind: string,
  definition: UnitKindDefinition,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const add: AddProblem = (code, message) => {
    problems.push({ code, kind, message });
  };
  if (!KIND_ID.test(kind)) add('invalid-kind-id', `kind '${kind}' is not a lowercase id`);
  if (definition.label.vi.trim() === '' || definition.label.en.trim() === '')
    add('missing-label', `kind '${kind}' needs a Vietnamese and an English label`);
  periodProblems(definition.inForce, `kind '${kind}' in force`, add);
  for (const rule of definition.parents) {
    periodProblems(rule, `kind '${kind}' under '${rule.kind}'`, add);
    if (kindDefinition(catalogue, rule.kind) === undefined)
      add('unknown-parent-kind', `kind '${kind}' names an unknown parent kind '${rule.kind}'`);
  }
  parentProblems(catalogue, kind, definition, add);
  return problems;
}

type AddProblem = (code: CatalogueProblemCode, message: string) => void;

/** The root has no parent; every other kind needs at least one rule that can ever apply. */
function parentProblems(
  catalogue: UnitKindCatalogue,
  kind: string,
  definition: UnitKindDefinition,
  add: AddProblem,
): void {
  if (kind === catalogue.rootKind) {
    if (definition.parents.length > 0) add('root-has-parents', `root kind '${kind}' has parents`);
  } else if (!definition.parents.some((rule) => isUsable(catalogue, definition, rule)))
    add('no-possible-parent', `kind '${kind}' can never have a parent`);
}

function periodProblems(period: Period | undefined, what: string, add: AddProblem): void {
  if (period === undefined) return;
  const ends = [period.from, period.until].filter((end) => end !== undefined);
  for (const end of ends)
    if (!isCalendarDate(end)) add('invalid-date', `${what}: '${end}' is not a YYYY-MM-DD date`);
  if (isEmpty(period)) add('empty-period', `${what}: from ${period.from} is after ${period.until}`);
}

function isEmpty(period: Period): boolean {
  return period.from !== undefined && period.until !== undefined && period.from > period.until;
}

/**
 * Whether the rule can ever place a unit: its parent kind exists, and the rule's period meets
 * the child's in-force period and starts no earlier than parents of that kind can exist. (A
 * parent kind that is no longer in force still has units: the rule may outlive it.)
 */
function isUsable(
  catalogue: UnitKindCatalogue,
  definition: UnitKindDefinition,
  rule: ParentRule,
): boolean {
  const parent = kindDefinition(catalogue, rule.kind);
  if (parent === undefined) return false;
  const froms = [rule.from, definition.inForce?.from, parent.inForce?.from];
  const untils = [rule.until, definition.inForce?.until];
  return !isEmpty({ from: latest(froms), until: earliest(untils) });
}

/** The defined dates in order: `YYYY-MM-DD` dates sort as strings. */
function sorted(dates: readonly (string | undefined)[]): string[] {
  return dates.filter((date) => date !== undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function latest(dates: readonly (string | undefined)[]): string | undefined {
  return sorted(dates).at(-1);
}

function earliest(dates: readonly (string | undefined)[]): string | undefined {
  return sorted(dates)[0];
}

/**
 * Kinds that have usable rules (those without are reported as 'no-possible-parent') none of which
 * leads, parent by parent, up to the root: e.g. two kinds that only sit under each other.
 */
function unreachableKinds(catalogue: UnitKindCatalogue): CatalogueProblem[] {
  if (kindDefinition(catalogue, catalogue.rootKind) === undefined) return [];
  const entries = Object.entries(catalogue.kinds);
  const placeableUnder = (definition: UnitKindDefinition, kinds: ReadonlySet<string>): boolean =>
    definition.parents.some(
      (rule) => kinds.has(rule.kind) && isUsable(catalogue, definition, rule),
    );
  const reached = new Set([catalogue.rootKind]);
  for (let grew = true; grew;) {
    const next = entries.filter(
      ([kind, def]) => !reached.has(kind) && placeableUnder(def, reached),
    );
    for (const [kind] of next) reached.add(kind);
    grew = next.length > 0;
  }
  const all = new Set(entries.map(([kind]) => kind));
  return entries
    .filter(([kind, definition]) => !reached.has(kind) && placeableUnder(definition, all))
    .map(([kind]) => ({
      code: 'unreachable-from-root',
      kind,
      message: `kind '${kind}' cannot be placed under the root kind by any chain of parents`,
    }));
}
