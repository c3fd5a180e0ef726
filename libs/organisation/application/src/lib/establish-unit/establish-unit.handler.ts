import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ParentNotFoundError, type ParentFacts } from '@vwu/organisation-domain';
import { EventStore } from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import { authorise, RootExistsError } from '../access';
import { Reservations, UnitCommands, type UnitCommandResult } from '../ports';
import { envelope, withReservations } from '../reserved';
import { factsOf, loadUnit, nameReservation } from '../unit-streams';
import { EstablishUnitCommand } from './establish-unit.command';

/** The one root of a deployment (Thành Hội / Tỉnh Hội) is a reserved value too. */
export const ROOT_RESERVATION = 'unit-root';

@CommandHandler(EstablishUnitCommand)
export class EstablishUnitHandler implements ICommandHandler<
  EstablishUnitCommand,
  UnitCommandResult
> {
  constructor(
    private readonly store: EventStore,
    private readonly commands: UnitCommands,
    private readonly reservations: Reservations,
  ) {}

  async execute({
    input,
    actor,
    unitId = randomUUID(),
  }: EstablishUnitCommand): Promise<UnitCommandResult> {
    const parent = await this.parentFacts(input.parentId);
    // Nothing can be established under a parent that does not exist: 404 before scope.
    if (parent && !parent.active) throw new ParentNotFoundError(parent.unitId);
    // The root is in no one's scope but its own: only an actor scoped to it (the bootstrap).
    authorise(
      actor,
      'units:write',
      parent?.active ? [...parent.ancestorIds, parent.unitId] : [unitId],
    );
    const wanted = [nameReservation(this.store, this.commands, input.parentId, input.name)];
    if (input.parentId === null) {
      wanted.push({
        id: ROOT_RESERVATION,
        ownerHolds: (owner) => this.isUnit(owner),
        taken: () =>
          new RootExistsError(
            'hệ thống đã có đơn vị gốc — this deployment has its root unit already',
          ),
      });
    }
    const outcome = await withReservations(this.reservations, wanted, unitId, () =>
      this.commands.handler.handle(
        envelope(unitId, { type: 'EstablishUnit', unitId, ...input, parent }, actor),
      ),
    );
    return { id: unitId, version: outcome.version };
  }

  /** A parent that does not exist arrives as inactive: the decider refuses it (404). */
  private async parentFacts(parentId: string | null): Promise<ParentFacts | null> {
    return parentId === null ? null : factsOf(this.store, this.commands, parentId);
  }

  private async isUnit(unitId: string): Promise<boolean> {
    return (await loadUnit(this.store, this.commands, unitId)).status === 'established';
  }
}
