import { isCalendarDate, type CalendarDate } from './calendar-date';
import {
  ChangeOutOfOrderError,
  UnitClosedError,
  type StructuralChange,
} from './unit-change.errors';
import { FutureDateError } from './unit-record.errors';
import {
  BeforeEstablishmentError,
  type DatedFact,
  InvalidDateError,
  InvalidNameError,
  UnitNotFoundError,
} from './unit.errors';
import { type EstablishedUnitState, type UnitState } from './unit.state';
import { isValidUnitName, normaliseUnitName } from './unit-name';

/** The name as it will be recorded; throws when nothing or too much is left of it. */
export function requireUnitName(name: string): string {
  const normalised = normaliseUnitName(name);
  if (!isValidUnitName(normalised)) throw new InvalidNameError(normalised.length);
  return normalised;
}

/** The date, checked to exist; `field` names it in the error. */
export function requireCalendarDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidDateError(field);
  return value;
}

/** The unit the command names, established and not closed. */
export function requireActiveUnit(state: UnitState, unitId: string): EstablishedUnitState {
  if (state.status !== 'established' || state.unitId !== unitId)
    throw new UnitNotFoundError(unitId);
  if (state.closure !== null) throw new UnitClosedError(unitId, state.closure);
  return state;
}

/**
 * A change of place or existence may not go back before the unit's establishment or its last
 * such change; the same day is allowed, and changes of one day apply in the order recorded.
 */
export function requireInOrder(
  state: EstablishedUnitState,
  change: StructuralChange,
  on: CalendarDate,
): void {
  if (on < state.lastChangeOn) throw new ChangeOutOfOrderError(change, on, state);
}

/** A date of a recorded fact: a real date, not before the establishment, not after today. */
export function requireFactDate(
  state: EstablishedUnitState,
  fact: { readonly value: string; readonly field: string; readonly is: DatedFact },
  today: CalendarDate,
): CalendarDate {
  const { value, field } = fact;
  const on = requireCalendarDate(value, field);
  if (on < state.establishedOn)
    throw new BeforeEstablishmentError(fact.is, on, state.establishedOn);
  if (on > today) throw new FutureDateError(field, today);
  return on;
}
