import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { UnitCommand } from '@vwu/organisation-domain';
import { authorise } from '../access';
import type { UnitCommandResult } from '../ports';
import { todayInVietnam } from '@vwu/platform-config';
import { UnitWorkspace } from '../unit-workspace';
import { RecordUnitFactCommand } from './record-unit-fact.command';

/**
 * Population, ratings and inspections. The actor's scope must hold the unit; for an inspection
 * it must hold the inspecting unit, since the inspection is that unit's act.
 */
@CommandHandler(RecordUnitFactCommand)
export class RecordUnitFactHandler implements ICommandHandler<
  RecordUnitFactCommand,
  UnitCommandResult
> {
  constructor(private readonly units: UnitWorkspace) {}

  async execute({ unitId, input, actor }: RecordUnitFactCommand): Promise<UnitCommandResult> {
    const unit = await this.units.established(unitId);
    const path = await this.units.path(unit);
    const today = todayInVietnam();
    let command: UnitCommand;
    if (input.type === 'RecordInspection') {
      const inspector = path.indexOf(input.inspectorUnitId);
      authorise(actor, 'units:write', inspector >= 0 ? path.slice(0, inspector + 1) : path);
      command = { ...input, unitId, ancestorIds: path.slice(0, -1), today };
    } else {
      authorise(actor, 'units:write', path);
      command = input.type === 'CorrectRating' ? { ...input, unitId } : { ...input, unitId, today };
    }
    const outcome = await this.units.handle(unitId, command, actor);
    return { id: unitId, version: outcome.version };
  }
}
