import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitCloser, type ClosureResult } from '../unit-closures/unit-closer';
import { MergeUnitCommand } from './merge-unit.command';

@CommandHandler(MergeUnitCommand)
export class MergeUnitHandler implements ICommandHandler<MergeUnitCommand, ClosureResult> {
  constructor(private readonly closer: UnitCloser) {}

  execute({ unitId, input, actor }: MergeUnitCommand): Promise<ClosureResult> {
    const { successorId, mergedOn: on } = input;
    return this.closer.close({ unitId, reason: 'merged', successorId, on }, actor);
  }
}
