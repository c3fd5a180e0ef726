import { type RenameUnit } from './unit.commands';
import { BeforeEstablishmentError } from './unit.errors';
import { type UnitRenamed } from './unit.events';
import { type UnitState } from './unit.state';
import { requireActiveUnit, requireCalendarDate, requireUnitName } from './unit-input';

/**
 * Đổi tên. The kind is not checked again: a unit of a kind no longer in force (a district union
 * after 1 July 2025) keeps its history and may still be renamed. The same name again (after
 * normalisation) decides nothing, so a repeated request is harmless; a change of case is a
 * real correction of the official name and is recorded.
 */
export function renameUnit(command: RenameUnit, state: UnitState): readonly UnitRenamed[] {
  const unit = requireActiveUnit(state, command.unitId);
  const name = requireUnitName(command.name);
  const renamedOn = requireCalendarDate(command.renamedOn, 'renamedOn');
  if (renamedOn < unit.establishedOn)
    throw new BeforeEstablishmentError('rename', renamedOn, unit.establishedOn);
  if (name === unit.name) return [];
  return [
    {
      type: 'UnitRenamed',
      data: { unitId: unit.unitId, name, previousName: unit.name, renamedOn },
    },
  ];
}
