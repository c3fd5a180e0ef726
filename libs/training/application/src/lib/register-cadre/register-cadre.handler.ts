import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { UnitNotActiveError } from '@vwu/training-domain';
import { CadrePersonalData, CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { TrainingUnits } from '../ports';
import { RegisterCadreCommand } from './register-cadre.command';

/**
 * Her record opens at an active unit in the actor's scope, for a role that handles cadres'
 * personal data; her personal fields are sealed under a data key of her own before anything
 * is written, and only her birth year leaves the service.
 */
@CommandHandler(RegisterCadreCommand)
export class RegisterCadreHandler implements ICommandHandler<
  RegisterCadreCommand,
  CadreCommandResult
> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly personalData: CadrePersonalData,
    private readonly units: TrainingUnits,
  ) {}

  async execute({ input, actor, cadreId }: RegisterCadreCommand): Promise<CadreCommandResult> {
    const unit = await this.units.facts(input.unitId);
    // Unknown or closed: refused whatever the scope (there is no path to check it against).
    if (!unit.active) throw new UnitNotActiveError(unit.unitId);
    const path = [...unit.ancestorIds, unit.unitId];
    authorise(actor, 'cadres:write', path);
    authorise(actor, 'cadres:personal-data', path);
    const personal = await this.personalData.vault.seal(cadreId, input.personal);
    const { memberId, registeredOn, qualifications } = input;
    const outcome = await this.cadres.handle(
      cadreId,
      {
        type: 'RegisterCadre',
        cadreId,
        unit,
        memberId,
        birthDate: input.personal.birthDate,
        personal,
        registeredOn,
        qualifications,
        today: todayInVietnam(),
      },
      actor,
    );
    return { id: cadreId, version: outcome.version };
  }
}
