import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { withReservations } from '@vwu/platform-event-sourcing';
import { UnitNotActiveError } from '@vwu/training-domain';
import { authorisedCadre } from '../cadre-access';
import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { TrainingUnits } from '../ports';
import { UnitSeats } from '../seats';
import { AppointCadreCommand } from './appoint-cadre.command';

/**
 * An appointment at an active unit: in the scope of her record and of the unit; a single seat
 * (one chairwoman per unit) is reserved for her before the append, 409 `training.seat-taken`
 * while another holds it.
 */
@CommandHandler(AppointCadreCommand)
export class AppointCadreHandler implements ICommandHandler<
  AppointCadreCommand,
  CadreCommandResult
> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly units: TrainingUnits,
    private readonly seats: UnitSeats,
  ) {}

  async execute({ cadreId, input, actor, postId }: AppointCadreCommand) {
    await authorisedCadre(this.cadres, cadreId, actor);
    const unit = await this.units.facts(input.unitId);
    if (!unit.active) throw new UnitNotActiveError(unit.unitId);
    authorise(actor, 'cadres:write', [...unit.ancestorIds, unit.unitId]);
    const at = this.seats.positionAt(unit, input.position);
    const { appointedOn } = input;
    const command = { type: 'AppointCadre', cadreId, postId, at, appointedOn } as const;
    const outcome = await withReservations(
      this.seats.reservations,
      await this.seats.wanted(at),
      cadreId,
      () => this.cadres.handle(cadreId, { ...command, today: todayInVietnam() }, actor),
    );
    return { id: cadreId, version: outcome.version, postId } satisfies CadreCommandResult;
  }
}
