import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { changeCadre } from '../cadre-access';
import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { RecordQualificationCommand } from './record-qualification.command';

/** In her record's scope; the decider checks the fact and its value. */
@CommandHandler(RecordQualificationCommand)
export class RecordQualificationHandler implements ICommandHandler<
  RecordQualificationCommand,
  CadreCommandResult
> {
  constructor(private readonly cadres: CadreWorkspace) {}

  execute({ cadreId, qualification, actor }: RecordQualificationCommand) {
    const today = todayInVietnam();
    const command = { type: 'RecordQualification', cadreId, qualification, today } as const;
    return changeCadre(this.cadres, cadreId, actor, command);
  }
}
