import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { UnitNotActiveError } from '@vwu/training-domain';
import { authorisedCadre } from '../cadre-access';
import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { TrainingUnits } from '../ports';
import { Catalogue } from '../catalogue';
import { PlanCadreSuccessionCommand } from './plan-cadre-succession.command';

/** A plan for an active unit in the scope of both her record and the unit. */
@CommandHandler(PlanCadreSuccessionCommand)
export class PlanCadreSuccessionHandler implements ICommandHandler<
  PlanCadreSuccessionCommand,
  CadreCommandResult
> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly units: TrainingUnits,
    private readonly catalogue: Catalogue,
  ) {}

  async execute({ cadreId, input, actor }: PlanCadreSuccessionCommand) {
    await authorisedCadre(this.cadres, cadreId, actor);
    const unit = await this.units.facts(input.unitId);
    if (!unit.active) throw new UnitNotActiveError(unit.unitId);
    authorise(actor, 'cadres:write', [...unit.ancestorIds, unit.unitId]);
    const at = this.catalogue.positionAt(unit, input.position);
    const command = { type: 'PlanCadreSuccession', cadreId, at, term: input.term } as const;
    const outcome = await this.cadres.handle(cadreId, command, actor);
    return { id: cadreId, version: outcome.version } satisfies CadreCommandResult;
  }
}
