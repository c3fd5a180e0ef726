import { unreachable, type Decider } from '@vwu/platform-decider';
import { dissolveUnit, mergeUnit } from './close-unit';
import { establishUnit } from './establish-unit';
import { moveUnit } from './move-unit';
import { renameUnit } from './rename-unit';
import { correctRating, rateUnit, recordInspection, recordWomenPopulation } from './unit-records';
import { type UnitCommand } from './unit.commands';
import { type UnitEvent } from './unit.events';
import { evolveUnit, initialUnitState, type UnitState } from './unit.state';
import { type UnitKindCatalogue } from './unit-kind-catalogue';
import { validateCatalogue, type CatalogueProblem } from './validate-catalogue';

/** A catalogue with problems would decide wrongly: the service must not start with it. */
export class InvalidCatalogueError extends Error {
  constructor(readonly problems: readonly CatalogueProblem[]) {
    super(`invalid unit kind catalogue: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'InvalidCatalogueError';
  }
}

/**
 * A union unit (đơn vị Hội): one stream per unit, the stream id being the unit id. The catalogue
 * is read by `decide` only, on the command's effective date; `evolve` never reads it, so history
 * loads whatever the catalogue says today.
 *
 * @throws InvalidCatalogueError when `validateCatalogue` finds problems.
 */
export function unitDecider(
  catalogue: UnitKindCatalogue,
): Decider<UnitCommand, UnitEvent, UnitState> {
  const problems = validateCatalogue(catalogue);
  if (problems.length > 0) throw new InvalidCatalogueError(problems);
  return {
    initialState: initialUnitState,
    evolve: evolveUnit,
    decide: (command, state) => decideUnit(catalogue, command, state),
  };
}

function decideUnit(
  catalogue: UnitKindCatalogue,
  command: UnitCommand,
  state: UnitState,
): readonly UnitEvent[] {
  if (isRecordCommand(command)) return decideRecord(catalogue, command, state);
  switch (command.type) {
    case 'EstablishUnit':
      return establishUnit(catalogue, command, state);
    case 'RenameUnit':
      return renameUnit(command, state);
    case 'MoveUnit':
      return moveUnit(catalogue, command, state);
    case 'MergeUnit':
      return mergeUnit(command, state);
    case 'DissolveUnit':
      return dissolveUnit(command, state);
    default:
      return unreachable(command);
  }
}

type RecordCommand = Extract<
  UnitCommand,
  { type: 'RecordWomenPopulation' | 'RateUnit' | 'CorrectRating' | 'RecordInspection' }
>;

const RECORD_COMMANDS: ReadonlySet<UnitCommand['type']> = new Set([
  'RecordWomenPopulation',
  'RateUnit',
  'CorrectRating',
  'RecordInspection',
]);

function isRecordCommand(command: UnitCommand): command is RecordCommand {
  return RECORD_COMMANDS.has(command.type);
}

function decideRecord(
  catalogue: UnitKindCatalogue,
  command: RecordCommand,
  state: UnitState,
): readonly UnitEvent[] {
  switch (command.type) {
    case 'RecordWomenPopulation':
      return recordWomenPopulation(catalogue, command, state);
    case 'RateUnit':
      return rateUnit(catalogue, command, state);
    case 'CorrectRating':
      return correctRating(catalogue, command, state);
    case 'RecordInspection':
      return recordInspection(catalogue, command, state);
    default:
      return unreachable(command);
  }
}
