import { isWithin, type CalendarDate, type Period } from './calendar-date';

/**
 * A unit of the child kind may sit under a unit of `kind` only within the period (both ends
 * inclusive, either open): e.g. a grassroots union under a district union until 2025-06-30.
 */
export interface ParentRule extends Period {
  readonly kind: string;
}

/** Records a unit keeps besides its place in the tree; which kinds keep which is configuration. */
export const UNIT_RECORDS = ['population', 'rating', 'inspection'] as const;
export type UnitRecord = (typeof UNIT_RECORDS)[number];

export interface UnitKindDefinition {
  /** User-facing: Vietnamese first, English second. */
  readonly label: { readonly vi: string; readonly en: string };
  /**
   * When units of this kind may be established (absent: always). Units established while it was
   * in force keep existing, loading and being renamed after it ends.
   */
  readonly inForce?: Period;
  /** Where a unit of this kind may sit; empty only for the root kind. */
  readonly parents: readonly ParentRule[];
  /** What is recorded for units of this kind (absent: nothing): women population, rating, … */
  readonly records?: readonly UnitRecord[];
}

/**
 * Which unit kinds exist and which may sit under which, and when: deployment configuration, not
 * code, so that a reform of the administrative map (like the one of 1 July 2025) needs no
 * release. Kind ids are lowercase ids, as the public events and the API carry them.
 */
export interface UnitKindCatalogue {
  /** The kind of the tree's single root (the province or city union); it has no parent. */
  readonly rootKind: string;
  readonly kinds: Readonly<Record<string, UnitKindDefinition>>;
}

/** The kind's definition; own keys only, so that 'toString' or '__proto__' is not a kind. */
export function kindDefinition(
  catalogue: UnitKindCatalogue,
  kind: string,
): UnitKindDefinition | undefined {
  return Object.hasOwn(catalogue.kinds, kind) ? catalogue.kinds[kind] : undefined;
}

/** Whether a unit of this kind may be established on the date. */
export function isKindInForce(definition: UnitKindDefinition, on: CalendarDate): boolean {
  return isWithin(on, definition.inForce);
}

/** Whether a unit of this kind may sit under a unit of the parent kind on the date. */
export function maySitUnder(
  definition: UnitKindDefinition,
  parentKind: string,
  on: CalendarDate,
): boolean {
  return definition.parents.some((rule) => rule.kind === parentKind && isWithin(on, rule));
}

/** Whether units of this kind keep the record (unknown kinds keep nothing). */
export function keepsRecord(
  catalogue: UnitKindCatalogue,
  kind: string,
  record: UnitRecord,
): boolean {
  return kindDefinition(catalogue, kind)?.records?.includes(record) ?? false;
}
