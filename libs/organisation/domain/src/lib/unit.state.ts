import { unreachable } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';
import { type RatingGrade, type UnitEvent } from './unit.events';

/** How a unit ended: merged into a successor of its kind, or dissolved (giải thể). */
export interface UnitClosure {
  readonly reason: 'merged' | 'dissolved';
  /** The first day the unit no longer exists. */
  readonly on: CalendarDate;
  /** Where its children (and members) went; null for a unit dissolved empty. */
  readonly successorId: string | null;
}

export interface EstablishedUnitState {
  readonly status: 'established';
  readonly unitId: string;
  readonly name: string;
  readonly kind: string;
  /**
   * The parent now; null only for the root. Ancestors further up are not kept here: a move of
   * an ancestor changes them without an event on this stream, so they are read by walking up.
   */
  readonly parentId: string | null;
  readonly establishedOn: CalendarDate;
  /** The latest date a change of place or existence took effect: changes may not go back. */
  readonly lastChangeOn: CalendarDate;
  readonly closure: UnitClosure | null;
  /** The rating (xếp loại) in force per year, corrections applied. */
  readonly ratings: Readonly<Record<string, RatingGrade>>;
  /** The latest women population recorded, by its reference date. */
  readonly population: { readonly asOf: CalendarDate; readonly women: number } | null;
  /** Ids of the inspections recorded: a repeated request records nothing. */
  readonly inspectionIds: readonly string[];
}

export type UnitState = { readonly status: 'not-established' } | EstablishedUnitState;

export function initialUnitState(): UnitState {
  return { status: 'not-established' };
}

/**
 * Applies a recorded fact. Never consults the kind catalogue: history stays loadable after the
 * catalogue changes (a district union of 2019 still loads after districts were abolished).
 * An event that could not have been decided on the state (anything before the establishment)
 * changes nothing.
 */
export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  if (event.type === 'UnitEstablished') {
    const { unitId, name, kind, parentId, establishedOn } = event.data;
    return {
      status: 'established',
      unitId,
      name,
      kind,
      parentId,
      establishedOn,
      lastChangeOn: establishedOn,
      closure: null,
      ratings: {},
      population: null,
      inspectionIds: [],
    };
  }
  return state.status === 'established' ? evolveEstablished(state, event) : state;
}

function evolveEstablished(
  state: EstablishedUnitState,
  event: Exclude<UnitEvent, { type: 'UnitEstablished' }>,
): EstablishedUnitState {
  if (isRecordEvent(event)) return evolveRecords(state, event);
  switch (event.type) {
    case 'UnitRenamed':
      return { ...state, name: event.data.name };
    case 'UnitMoved':
    case 'UnitsMerged':
    case 'UnitDissolved':
      return evolvePlace(state, event);
    default:
      return unreachable(event);
  }
}

type RecordEvent = Extract<
  UnitEvent,
  { type: 'WomenPopulationRecorded' | 'UnitRated' | 'UnitRatingCorrected' | 'UnitInspected' }
>;

const RECORD_EVENTS: ReadonlySet<UnitEvent['type']> = new Set([
  'WomenPopulationRecorded',
  'UnitRated',
  'UnitRatingCorrected',
  'UnitInspected',
]);

function isRecordEvent(event: UnitEvent): event is RecordEvent {
  return RECORD_EVENTS.has(event.type);
}

function evolvePlace(
  state: EstablishedUnitState,
  event: Extract<UnitEvent, { type: 'UnitMoved' | 'UnitsMerged' | 'UnitDissolved' }>,
): EstablishedUnitState {
  switch (event.type) {
    case 'UnitMoved':
      return { ...state, parentId: event.data.parentId, lastChangeOn: event.data.movedOn };
    case 'UnitsMerged': {
      const { mergedOn: on, successorId } = event.data;
      return { ...state, lastChangeOn: on, closure: { reason: 'merged', on, successorId } };
    }
    case 'UnitDissolved': {
      const { dissolvedOn: on, successorId } = event.data;
      return { ...state, lastChangeOn: on, closure: { reason: 'dissolved', on, successorId } };
    }
    default:
      return unreachable(event);
  }
}

function evolveRecords(state: EstablishedUnitState, event: RecordEvent): EstablishedUnitState {
  switch (event.type) {
    case 'WomenPopulationRecorded': {
      const { asOf, women } = event.data;
      // A figure for an earlier date, entered late, is history: the latest date stays in force.
      const later = state.population !== null && state.population.asOf > asOf;
      return later ? state : { ...state, population: { asOf, women } };
    }
    case 'UnitRated':
    case 'UnitRatingCorrected':
      return {
        ...state,
        ratings: { ...state.ratings, [String(event.data.year)]: event.data.grade },
      };
    case 'UnitInspected':
      return { ...state, inspectionIds: [...state.inspectionIds, event.data.inspectionId] };
    default:
      return unreachable(event);
  }
}
