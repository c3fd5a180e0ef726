import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import type { GrantCadreAward } from '@vwu/training-domain';
import { changeCadre } from '../cadre-access';
import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { GrantCadreAwardCommand } from './grant-cadre-award.command';

/** In her record's scope; the decider checks the award and the year, and keeps one of each. */
@CommandHandler(GrantCadreAwardCommand)
export class GrantCadreAwardHandler implements ICommandHandler<
  GrantCadreAwardCommand,
  CadreCommandResult
> {
  constructor(private readonly cadres: CadreWorkspace) {}

  execute({ cadreId, input, actor }: GrantCadreAwardCommand): Promise<CadreCommandResult> {
    const today = todayInVietnam();
    const command: GrantCadreAward = { type: 'GrantCadreAward', cadreId, ...input, today };
    return changeCadre(this.cadres, cadreId, actor, command);
  }
}
