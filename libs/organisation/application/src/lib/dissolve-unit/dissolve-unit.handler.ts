import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitCloser, type ClosureResult } from '../unit-closures/unit-closer';
import { DissolveUnitCommand } from './dissolve-unit.command';

@CommandHandler(DissolveUnitCommand)
export class DissolveUnitHandler implements ICommandHandler<DissolveUnitCommand, ClosureResult> {
  constructor(private readonly closer: UnitCloser) {}

  execute({ unitId, input, actor }: DissolveUnitCommand): Promise<ClosureResult> {
    const { successorId, dissolvedOn: on } = input;
    return this.closer.close({ unitId, reason: 'dissolved', successorId, on }, actor);
  }
}
