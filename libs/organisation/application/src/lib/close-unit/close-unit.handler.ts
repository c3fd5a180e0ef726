import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { UnitCommandResult } from '../ports';
import { DissolveUnitCommand, MergeUnitCommand } from './close-unit.command';
import { UnitCloser } from './unit-closer';

export type ClosureResult = UnitCommandResult & {
  /** How many child units moved to the successor with this request. */
  readonly moved: number;
};

@CommandHandler(MergeUnitCommand)
export class MergeUnitHandler implements ICommandHandler<MergeUnitCommand, ClosureResult> {
  constructor(private readonly closer: UnitCloser) {}

  execute({ unitId, input, actor }: MergeUnitCommand): Promise<ClosureResult> {
    const { successorId, mergedOn: on } = input;
    return this.closer.close({ unitId, reason: 'merged', successorId, on }, actor);
  }
}

@CommandHandler(DissolveUnitCommand)
export class DissolveUnitHandler implements ICommandHandler<DissolveUnitCommand, ClosureResult> {
  constructor(private readonly closer: UnitCloser) {}

  execute({ unitId, input, actor }: DissolveUnitCommand): Promise<ClosureResult> {
    const { successorId, dissolvedOn: on } = input;
    return this.closer.close({ unitId, reason: 'dissolved', successorId, on }, actor);
  }
}
