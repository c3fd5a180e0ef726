import { type CalendarDate } from './calendar-date';
import { type DissolveUnit, type MergeUnit, type UnitFacts } from './unit.commands';
import {
  MergeKindMismatchError,
  SuccessorInsideUnitError,
  SuccessorNotFoundError,
  UnitClosedError,
  UnitNotEmptyError,
} from './unit-change.errors';
import { type UnitDissolved, type UnitsMerged } from './unit.events';
import { type EstablishedUnitState, type UnitState } from './unit.state';
import { requireActiveUnit, requireCalendarDate, requireInOrder } from './unit-input';

/**
 * Sáp nhập (e.g. the fire-police women's union into the police women's union): the unit closes
 * on `mergedOn` into an active successor of the same kind. The same merger again decides nothing,
 * so an interrupted merger can be resumed by repeating it: the application then moves the
 * children that are still left.
 */
export function mergeUnit(command: MergeUnit, state: UnitState): readonly UnitsMerged[] {
  const { unitId, successor } = command;
  const mergedOn = requireCalendarDate(command.mergedOn, 'mergedOn');
  if (isSameClosure(state, 'merged', successor.unitId, mergedOn)) return [];
  const unit = requireActiveUnit(state, unitId);
  requireInOrder(unit, 'merge', mergedOn);
  requireActive(successor);
  // The kind before the place: a branch merged into a group (even its own) is refused for its kind.
  if (successor.kind !== unit.kind) throw new MergeKindMismatchError(unit.kind, successor.kind);
  requireOutside(unit, successor);
  return [{ type: 'UnitsMerged', data: { unitId, successorId: successor.unitId, mergedOn } }];
}

/**
 * Giải thể: an empty unit ends; a unit with children ends only if a successor takes them (and
 * its members: the membership context moves them on this event). The kind rules for each child
 * under the successor are checked by the application before it decides this.
 */
export function dissolveUnit(command: DissolveUnit, state: UnitState): readonly UnitDissolved[] {
  const { unitId, successor } = command;
  const dissolvedOn = requireCalendarDate(command.dissolvedOn, 'dissolvedOn');
  if (isSameClosure(state, 'dissolved', successor?.unitId ?? null, dissolvedOn)) return [];
  const unit = requireActiveUnit(state, unitId);
  requireInOrder(unit, 'dissolve', dissolvedOn);
  if (successor === null) {
    if (command.childCount > 0) throw new UnitNotEmptyError(unitId, command.childCount);
  } else {
    requireActive(successor);
    requireOutside(unit, successor);
  }
  const successorId = successor?.unitId ?? null;
  return [{ type: 'UnitDissolved', data: { unitId, successorId, dissolvedOn } }];
}

function isSameClosure(
  state: UnitState,
  reason: 'merged' | 'dissolved',
  successorId: string | null,
  on: CalendarDate,
): boolean {
  if (state.status !== 'established' || state.closure === null) return false;
  const { closure } = state;
  const same =
    closure.reason === reason && closure.successorId === successorId && closure.on === on;
  if (!same) throw new UnitClosedError(state.unitId, closure);
  return true;
}

function requireActive(successor: UnitFacts): void {
  if (!successor.active) throw new SuccessorNotFoundError(successor.unitId);
}

/** The successor is neither the unit nor inside it. */
function requireOutside(unit: EstablishedUnitState, successor: UnitFacts): void {
  if (successor.unitId === unit.unitId || successor.ancestorIds.includes(unit.unitId))
    throw new SuccessorInsideUnitError(unit.unitId, successor.unitId);
}
