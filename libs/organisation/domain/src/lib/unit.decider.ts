import { unreachable, type Decider } from '@vwu/platform-decider';
import { establishUnit } from './establish-unit';
import { renameUnit } from './rename-unit';
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
    decide: (command, state) => {
      switch (command.type) {
        case 'EstablishUnit':
          return establishUnit(catalogue, command, state);
        case 'RenameUnit':
          return renameUnit(command, state);
        default:
          return unreachable(command);
      }
    },
  };
}
