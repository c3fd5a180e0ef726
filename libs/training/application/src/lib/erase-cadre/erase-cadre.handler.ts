import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { authorisedCadre } from '../cadre-access';
import { CadrePersonalData, CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { EraseCadreCommand } from './erase-cadre.command';

/**
 * The erasure is recorded first, decided on her stream's latest version, then her key is
 * shredded (it cannot be undone). A crash between the two leaves her erased with her key: the
 * repeated request appends nothing and shreds it.
 */
@CommandHandler(EraseCadreCommand)
export class EraseCadreHandler implements ICommandHandler<EraseCadreCommand, CadreCommandResult> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly personalData: CadrePersonalData,
  ) {}

  async execute({ cadreId, erasedOn, actor }: EraseCadreCommand): Promise<CadreCommandResult> {
    const { path } = await authorisedCadre(this.cadres, cadreId, actor);
    authorise(actor, 'cadres:personal-data', path);
    const outcome = await this.cadres.handle(
      cadreId,
      { type: 'EraseCadre', cadreId, erasedOn },
      actor,
    );
    await this.personalData.vault.erase(cadreId);
    return { id: cadreId, version: outcome.version };
  }
}
