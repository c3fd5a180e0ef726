import { isCalendarDate, type CalendarDate } from './calendar-date';
import { InvalidDateError, InvalidNameError } from './unit.errors';
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
