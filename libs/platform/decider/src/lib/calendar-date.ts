/**
 * A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30): the day a fact takes effect, as a
 * decision states it. Dates in this form compare correctly as strings, so rules use `<` and `<=`.
 */
export type CalendarDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real Gregorian date in `YYYY-MM-DD` form (what `z.iso.date()` accepts). */
export function isCalendarDate(text: string): boolean {
  const match = SHAPE.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A period of validity; either end may be open. Both ends are inclusive. */
export interface Period {
  readonly from?: CalendarDate;
  readonly until?: CalendarDate;
}

/** Whether the date falls within the period, both ends included. */
export function isWithin(date: CalendarDate, period: Period | undefined): boolean {
  if (period === undefined) return true;
  return (period.from ?? date) <= date && date <= (period.until ?? date);
}

/** Full years of age on a date, for someone born on `birthDate` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: CalendarDate, date: CalendarDate): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Before the birthday in the year of `date` (a 29 February birthday counts from 1 March).
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
