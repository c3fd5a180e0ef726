import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { withReservations } from '@vwu/platform-event-sourcing';
import { UnitNotActiveError } from '@vwu/training-domain';
import { authorisedCadre } from '../cadre-access';
import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { TrainingUnits } from '../ports';
import { UnitSeats } from '../seats';
import { RotateCadreCommand } from './rotate-cadre.command';

/**
 * One append ends the old post and starts the new one: the new seat, if single, is reserved
 * first; the old one is released after.
 */
@CommandHandler(RotateCadreCommand)
export class RotateCadreHandler implements ICommandHandler<RotateCadreCommand, CadreCommandResult> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly units: TrainingUnits,
    private readonly seats: UnitSeats,
  ) {}

  async execute({ cadreId, input, actor, postId }: RotateCadreCommand) {
    await authorisedCadre(this.cadres, cadreId, actor);
    const unit = await this.units.facts(input.unitId);
    if (!unit.active) throw new UnitNotActiveError(unit.unitId);
    authorise(actor, 'cadres:write', [...unit.ancestorIds, unit.unitId]);
    const at = this.seats.positionAt(unit, input.position);
    const { fromPostId, rotatedOn } = input;
    const command = { type: 'RotateCadre', cadreId, fromPostId, postId, at, rotatedOn } as const;
    const outcome = await withReservations(
      this.seats.reservations,
      await this.seats.wanted(at),
      cadreId,
      () => this.cadres.handle(cadreId, { ...command, today: todayInVietnam() }, actor),
    );
    for (const event of outcome.events)
      if (event.type === 'CadreRotated')
        await this.seats.release(cadreId, event.data.fromUnitId, event.data.fromPosition);
    return { id: cadreId, version: outcome.version, postId } satisfies CadreCommandResult;
  }
}
