import { type CalendarDate } from './calendar-date';
import { type MoveUnit, type UnitFacts } from './unit.commands';
import {
  KindNotAllowedError,
  ParentNotFoundError,
  UnitCycleError,
  UnknownKindError,
  BeforeParentError,
} from './unit.errors';
import { type UnitMoved } from './unit.events';
import { type UnitState } from './unit.state';
import { requireActiveUnit, requireCalendarDate, requireInOrder } from './unit-input';
import { kindDefinition, maySitUnder, type UnitKindCatalogue } from './unit-kind-catalogue';

/**
 * Chuyển: the unit and its subtree sit under another parent from `movedOn`. The kind rules are
 * those of the catalogue on that day (a grassroots union may sit under the city union from
 * 1 July 2025). Moving a unit under its current parent decides nothing (a repeated request).
 */
export function moveUnit(
  catalogue: UnitKindCatalogue,
  command: MoveUnit,
  state: UnitState,
): readonly UnitMoved[] {
  const unit = requireActiveUnit(state, command.unitId);
  const movedOn = requireCalendarDate(command.movedOn, 'movedOn');
  const { newParent } = command;
  if (unit.parentId === newParent.unitId) return [];
  requireInOrder(unit, 'move', movedOn);
  requirePlaceFor(catalogue, { unitId: unit.unitId, kind: unit.kind }, newParent, movedOn);
  return [
    {
      type: 'UnitMoved',
      data: {
        unitId: unit.unitId,
        previousParentId: unit.parentId ?? '',
        parentId: newParent.unitId,
        ancestorIds: [...newParent.ancestorIds, newParent.unitId],
        movedOn,
        reason: command.reason,
      },
    },
  ];
}

/**
 * That a unit may sit under the parent on the date: the parent is active, outside the unit's
 * subtree, allowed for the unit's kind then, and existed then. Also what a merger or
 * dissolution checks for every child before it moves any.
 */
export function requirePlaceFor(
  catalogue: UnitKindCatalogue,
  unit: { readonly unitId: string; readonly kind: string },
  parent: UnitFacts,
  on: CalendarDate,
): void {
  if (!parent.active) throw new ParentNotFoundError(parent.unitId);
  if (parent.unitId === unit.unitId || parent.ancestorIds.includes(unit.unitId))
    throw new UnitCycleError(unit.unitId, parent.unitId);
  const definition = kindDefinition(catalogue, unit.kind);
  if (definition === undefined) throw new UnknownKindError(unit.kind);
  if (!maySitUnder(definition, parent.kind, on))
    throw new KindNotAllowedError(unit.kind, parent.kind, on);
  if (on < parent.establishedOn) throw new BeforeParentError(on, parent.establishedOn);
}
