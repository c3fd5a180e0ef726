import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotAClubUnitError } from '@vwu/membership-domain';
import { todayInVietnam } from '@vwu/platform-config';
import { authorise } from '../access';
import { ClubWorkspace } from '../clubs/club-workspace';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import { FoundClubCommand } from './found-club.command';

/** A club is founded by the scope of its unit, which must be active and known here. */
@CommandHandler(FoundClubCommand)
export class FoundClubHandler implements ICommandHandler<FoundClubCommand, MemberCommandResult> {
  constructor(
    private readonly clubs: ClubWorkspace,
    private readonly units: BranchDirectory,
  ) {}

  async execute({ input, actor, clubId }: FoundClubCommand): Promise<MemberCommandResult> {
    const unit = await this.units.facts(input.unitId);
    // Unknown or closed: refused whatever the scope (there is no path to check it against).
    if (!unit.active) throw new NotAClubUnitError(unit.unitId);
    authorise(actor, 'members:write', [...unit.ancestorIds, unit.unitId]);
    const { name, type: clubType, foundedOn } = input;
    const command = { type: 'FoundClub', clubId, unit, name, clubType, foundedOn } as const;
    const outcome = await this.clubs.handle(clubId, { ...command, today: todayInVietnam() }, actor);
    return { id: clubId, version: outcome.version };
  }
}
