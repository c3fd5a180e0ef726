import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitNotFoundError } from '@vwu/organisation-domain';
import { EventStore } from '@vwu/platform-event-sourcing';
import { authorise } from '../access';
import { Reservations, UnitCommands, type UnitCommandResult } from '../ports';
import { envelope, withReservations } from '../reserved';
import { loadUnit, nameReservation, pathOf, siblingNameReservation } from '../unit-streams';
import { RenameUnitCommand } from './rename-unit.command';

@CommandHandler(RenameUnitCommand)
export class RenameUnitHandler implements ICommandHandler<RenameUnitCommand, UnitCommandResult> {
  constructor(
    private readonly store: EventStore,
    private readonly commands: UnitCommands,
    private readonly reservations: Reservations,
  ) {}

  async execute({ unitId, input, actor }: RenameUnitCommand): Promise<UnitCommandResult> {
    const unit = await loadUnit(this.store, this.commands, unitId);
    if (unit.status !== 'established') throw new UnitNotFoundError(unitId);
    authorise(actor, 'units:write', await pathOf(this.store, this.commands, unit));
    const oldName = siblingNameReservation(unit.parentId, unit.name);
    const newName = nameReservation(this.store, this.commands, unit.parentId, input.name);
    const wanted = newName.id === oldName ? [] : [newName];
    const outcome = await withReservations(this.reservations, wanted, unitId, () =>
      this.commands.handler.handle(
        envelope(unitId, { type: 'RenameUnit', unitId, ...input }, actor),
      ),
    );
    if (wanted.length > 0) await this.reservations.release(oldName, unitId);
    return { id: unitId, version: outcome.version };
  }
}
