import { isCalendarDate, type CalendarDate } from './calendar-date';
import { ChangeOutOfOrderError, FutureDateError, UnitClosedError } from './unit-change.errors';
import {
  BeforeEstablishmentError,
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
  if (state.closure !== null) throw new UnitClosedError(unitId, state.closure.on);
  return state;
}

/** A change of place or existence may not go back before the unit's last one. */
export function requireInOrder(state: EstablishedUnitState, on: CalendarDate): void {
  if (on < state.lastChangeOn) throw new ChangeOutOfOrderError(on, state.lastChangeOn);
}

/** A date of a recorded fact: a real date, not before the establishment, not after today. */
export function requireFactDate(
  state: EstablishedUnitState,
  value: string,
  field: string,
  today: CalendarDate,
): CalendarDate {
  const on = requireCalendarDate(value, field);
  if (on < state.establishedOn) throw new BeforeEstablishmentError(on, state.establishedOn);
  if (on > today) throw new FutureDateError(field, today);
  return on;
}
