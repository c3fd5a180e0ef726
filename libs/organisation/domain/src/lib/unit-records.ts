import { type CalendarDate } from './calendar-date';
import {
  type CorrectRating,
  type RateUnit,
  type RecordInspection,
  type RecordWomenPopulation,
} from './unit.commands';
import {
  InspectorNotAncestorError,
  InvalidFigureError,
  RatingExistsError,
  RatingNotFoundError,
  RatingYearError,
  ReasonRequiredError,
  RecordNotKeptError,
} from './unit-record.errors';
import {
  RATING_GRADES,
  type UnitInspected,
  type UnitRated,
  type UnitRatingCorrected,
  type WomenPopulationRecorded,
} from './unit.events';
import { type EstablishedUnitState, type UnitState } from './unit.state';
import { requireActiveUnit, requireFactDate } from './unit-input';
import { keepsRecord, type UnitKindCatalogue, type UnitRecord } from './unit-kind-catalogue';

/** More women than in the largest city would be a typing error. */
const MAX_WOMEN = 20_000_000;
const MAX_FINDINGS = 4000;
const MAX_REASON = 500;

function requireRecordKept(
  catalogue: UnitKindCatalogue,
  state: UnitState,
  unitId: string,
  record: UnitRecord,
): EstablishedUnitState {
  const unit = requireActiveUnit(state, unitId);
  if (!keepsRecord(catalogue, unit.kind, record)) throw new RecordNotKeptError(unit.kind, record);
  return unit;
}

/** Women aged 18+ in the unit's area on a date; the same figure again decides nothing. */
export function recordWomenPopulation(
  catalogue: UnitKindCatalogue,
  command: RecordWomenPopulation,
  state: UnitState,
): readonly WomenPopulationRecorded[] {
  const unit = requireRecordKept(catalogue, state, command.unitId, 'population');
  const asOf = requireFactDate(
    unit,
    { value: command.asOf, field: 'asOf', is: 'population' },
    command.today,
  );
  const { women } = command;
  if (!Number.isSafeInteger(women) || women < 0 || women > MAX_WOMEN)
    throw new InvalidFigureError('women');
  if (unit.population?.asOf === asOf && unit.population.women === women) return [];
  return [{ type: 'WomenPopulationRecorded', data: { unitId: unit.unitId, asOf, women } }];
}

/**
 * Xếp loại: one rating per unit and year, for a year the unit existed in and that has begun.
 * The same grade again decides nothing; another grade needs a correction.
 */
export function rateUnit(
  catalogue: UnitKindCatalogue,
  command: RateUnit,
  state: UnitState,
): readonly UnitRated[] {
  const unit = requireRecordKept(catalogue, state, command.unitId, 'rating');
  const { year, grade } = command;
  requireRatingYear(unit, year, command.today);
  requireGrade(grade);
  const current = unit.ratings[String(year)];
  if (current === grade) return [];
  if (current !== undefined) throw new RatingExistsError(unit.unitId, year);
  return [{ type: 'UnitRated', data: { unitId: unit.unitId, year, grade } }];
}

/** A correction supersedes the year's rating and says why; the earlier grade stays in history. */
export function correctRating(
  catalogue: UnitKindCatalogue,
  command: CorrectRating,
  state: UnitState,
): readonly UnitRatingCorrected[] {
  const unit = requireRecordKept(catalogue, state, command.unitId, 'rating');
  const { year, grade } = command;
  requireGrade(grade);
  const previousGrade = unit.ratings[String(year)];
  if (previousGrade === undefined) throw new RatingNotFoundError(unit.unitId, year);
  const reason = command.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw new ReasonRequiredError();
  if (previousGrade === grade) return [];
  return [
    {
      type: 'UnitRatingCorrected',
      data: { unitId: unit.unitId, year, grade, previousGrade, reason },
    },
  ];
}

/** Kiểm tra điều lệ by a unit above this one; a repeated inspection id decides nothing. */
export function recordInspection(
  catalogue: UnitKindCatalogue,
  command: RecordInspection,
  state: UnitState,
): readonly UnitInspected[] {
  const unit = requireRecordKept(catalogue, state, command.unitId, 'inspection');
  const { inspectionId, inspectorUnitId, passed } = command;
  if (unit.inspectionIds.includes(inspectionId)) return [];
  const inspectedOn = requireFactDate(
    unit,
    { value: command.inspectedOn, field: 'inspectedOn', is: 'inspection' },
    command.today,
  );
  if (!command.ancestorIds.includes(inspectorUnitId))
    throw new InspectorNotAncestorError(unit.unitId, inspectorUnitId);
  const findings = command.findings.trim();
  if (findings.length > MAX_FINDINGS) throw new InvalidFigureError('findings');
  return [
    {
      type: 'UnitInspected',
      data: { unitId: unit.unitId, inspectionId, inspectedOn, inspectorUnitId, findings, passed },
    },
  ];
}

function requireRatingYear(unit: EstablishedUnitState, year: number, today: CalendarDate): void {
  if (!Number.isSafeInteger(year)) throw new InvalidFigureError('year');
  const { establishedOn } = unit;
  if (year < Number(establishedOn.slice(0, 4)) || year > Number(today.slice(0, 4)))
    throw new RatingYearError(year, { establishedOn, today });
}

function requireGrade(grade: string): void {
  if (!(RATING_GRADES as readonly string[]).includes(grade)) throw new InvalidFigureError('grade');
}
