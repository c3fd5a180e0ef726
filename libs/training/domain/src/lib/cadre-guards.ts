import { isCalendarDate, type CalendarDate } from '@vwu/platform-decider';
import type { CadreUnitFacts } from './cadre.commands';
import {
  CadreErasedError,
  CadreNotFoundError,
  InvalidCadreInputError,
  UnitNotActiveError,
} from './cadre.errors';
import type { CadreRecord, CadreState } from './cadre.state';

/** A day that exists, `YYYY-MM-DD`, and not after today. */
export function requireDay(text: string, field: string, today: CalendarDate): CalendarDate {
  if (!isCalendarDate(text))
    throw new InvalidCadreInputError(
      `${field} phải là ngày dạng YYYY-MM-DD — ${field} must be a date YYYY-MM-DD`,
    );
  if (text > today)
    throw new InvalidCadreInputError(
      `${field} ${text} là ngày trong tương lai — ${field} ${text} is in the future`,
    );
  return text;
}

export function requireNotBefore(on: CalendarDate, since: CalendarDate, field: string): void {
  if (on < since)
    throw new InvalidCadreInputError(
      `${field} ${on} trước ngày ${since} — ${field} ${on} is before ${since}`,
    );
}

export function requireCadre(state: CadreState, cadreId: string): CadreRecord {
  if (state.status === 'none') throw new CadreNotFoundError(cadreId);
  return state;
}

/** A cadre whose personal data is still there: every change but the erasure itself. */
export function requireLiveCadre(state: CadreState, cadreId: string): CadreRecord {
  const cadre = requireCadre(state, cadreId);
  if (cadre.erased) throw new CadreErasedError(cadreId);
  return cadre;
}

export function requireActiveUnit(unit: CadreUnitFacts): void {
  if (!unit.active) throw new UnitNotActiveError(unit.unitId);
}
