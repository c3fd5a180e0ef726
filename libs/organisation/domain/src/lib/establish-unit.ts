import { type CalendarDate } from './calendar-date';
import { type EstablishUnit, type ParentFacts } from './unit.commands';
import {
  BeforeParentError,
  KindNotAllowedError,
  KindNotInForceError,
  ParentNotFoundError,
  ParentRequiredError,
  RootHasNoParentError,
  UnitAlreadyExistsError,
  UnitCycleError,
  UnknownKindError,
} from './unit.errors';
import { type UnitEstablished } from './unit.events';
import { type UnitState } from './unit.state';
import { requireCalendarDate, requireUnitName } from './unit-input';
import {
  isKindInForce,
  kindDefinition,
  maySitUnder,
  type UnitKindCatalogue,
  type UnitKindDefinition,
} from './unit-kind-catalogue';

/**
 * Thành lập. The kind rules are those of the catalogue on `establishedOn`, the day the
 * establishment takes effect, not the day it is recorded: a district union dated 2019 may still
 * be entered today, one dated after the reform may not.
 */
export function establishUnit(
  catalogue: UnitKindCatalogue,
  command: EstablishUnit,
  state: UnitState,
): readonly [UnitEstablished] {
  if (state.status === 'established') throw new UnitAlreadyExistsError(state.unitId);
  const name = requireUnitName(command.name);
  const on = requireCalendarDate(command.establishedOn, 'establishedOn');
  const definition = requireKindInForce(catalogue, command.kind, on);
  const { parentId, ancestorIds } = placement(catalogue, command, definition, on);
  const { unitId, kind } = command;
  return [
    {
      type: 'UnitEstablished',
      data: { unitId, name, kind, parentId, ancestorIds, establishedOn: on },
    },
  ];
}

function requireKindInForce(
  catalogue: UnitKindCatalogue,
  kind: string,
  on: CalendarDate,
): UnitKindDefinition {
  const definition = kindDefinition(catalogue, kind);
  if (definition === undefined) throw new UnknownKindError(kind);
  if (!isKindInForce(definition, on)) throw new KindNotInForceError(kind, on);
  return definition;
}

/** Where the unit sits: ancestors root first, the parent last. */
function placement(
  catalogue: UnitKindCatalogue,
  command: EstablishUnit,
  definition: UnitKindDefinition,
  on: CalendarDate,
): Pick<UnitEstablished['data'], 'parentId' | 'ancestorIds'> {
  const { parent, kind } = command;
  const isRoot = kind === catalogue.rootKind;
  if (parent === null) {
    if (!isRoot) throw new ParentRequiredError(kind);
    return { parentId: null, ancestorIds: [] };
  }
  if (isRoot) throw new RootHasNoParentError(kind);
  requireParent(command, definition, parent, on);
  return { parentId: parent.unitId, ancestorIds: [...parent.ancestorIds, parent.unitId] };
}

function requireParent(
  command: EstablishUnit,
  definition: UnitKindDefinition,
  parent: ParentFacts,
  on: CalendarDate,
): void {
  // The parent's other facts mean nothing when it is not active.
  if (!parent.active) throw new ParentNotFoundError(parent.unitId);
  if (parent.unitId === command.unitId || parent.ancestorIds.includes(command.unitId))
    throw new UnitCycleError(command.unitId, parent.unitId);
  if (!maySitUnder(definition, parent.kind, on))
    throw new KindNotAllowedError(command.kind, parent.kind, on);
  if (on < parent.establishedOn) throw new BeforeParentError(on, parent.establishedOn);
}
