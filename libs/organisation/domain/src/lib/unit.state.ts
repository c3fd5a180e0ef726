import { unreachable } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';
import { type UnitEvent } from './unit.events';

export type UnitState =
  | { readonly status: 'not-established' }
  | {
      readonly status: 'established';
      readonly unitId: string;
      readonly name: string;
      readonly kind: string;
      readonly parentId: string | null;
      /** Root first, down to the parent. */
      readonly ancestorIds: readonly string[];
      readonly establishedOn: CalendarDate;
    };

export type EstablishedUnit = Extract<UnitState, { status: 'established' }>;

export function initialUnitState(): UnitState {
  return { status: 'not-established' };
}

/**
 * Applies a recorded fact. Never consults the kind catalogue: history stays loadable after the
 * catalogue changes (a district union of 2019 still loads after districts were abolished).
 */
export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitEstablished': {
      const { unitId, name, kind, parentId, ancestorIds, establishedOn } = event.data;
      return { status: 'established', unitId, name, kind, parentId, ancestorIds, establishedOn };
    }
    case 'UnitRenamed':
      // A rename before an establishment cannot be decided; in a stream it changes nothing.
      return state.status === 'established' ? { ...state, name: event.data.name } : state;
    default:
      return unreachable(event);
  }
}
