import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '../access';
import type { UnitCommandResult } from '../ports';
import { UnitWorkspace } from '../unit-workspace';
import { MoveUnitCommand } from './move-unit.command';

/**
 * A move needs the actor's scope over the old parent (the unit's ancestors) and over the new
 * parent: a district union cannot take a grassroots union from another district by itself.
 */
@CommandHandler(MoveUnitCommand)
export class MoveUnitHandler implements ICommandHandler<MoveUnitCommand, UnitCommandResult> {
  constructor(private readonly units: UnitWorkspace) {}

  async execute({ unitId, input, actor }: MoveUnitCommand): Promise<UnitCommandResult> {
    const unit = await this.units.established(unitId);
    authorise(actor, 'units:write', await this.units.ancestors(unit));
    const newParent = await this.units.facts(input.parentId);
    // A parent that is not active is refused by the decider (404) whatever the scope.
    if (newParent.active)
      authorise(actor, 'units:write', [...newParent.ancestorIds, newParent.unitId]);
    const version = await this.units.moveUnder(
      { unit, newParent, movedOn: input.movedOn, reason: 'moved' },
      actor,
    );
    return { id: unitId, version };
  }
}
