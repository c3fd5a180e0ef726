import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotAClubUnitError, type ClubCommand } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { authorise, memberPath } from '../access';
import { MemberWorkspace } from '../member-streams';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import {
  DissolveClubCommand,
  FoundClubCommand,
  JoinClubCommand,
  LeaveClubCommand,
  RenameClubCommand,
} from './club.commands';
import { clubPath, ClubWorkspace, requireClub } from './club-workspace';

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

/**
 * A member joins by an actor whose scope holds both the club's unit and her branch: an officer
 * enrols only the members she looks after. Her status is read from her own stream, now.
 */
@CommandHandler(JoinClubCommand)
export class JoinClubHandler implements ICommandHandler<JoinClubCommand, MemberCommandResult> {
  constructor(
    private readonly clubs: ClubWorkspace,
    private readonly members: MemberWorkspace,
  ) {}

  async execute({ clubId, input, actor }: JoinClubCommand): Promise<MemberCommandResult> {
    authorise(actor, 'members:write', clubPath(requireClub(await this.clubs.load(clubId))));
    const { state } = await this.members.load(input.memberId);
    if (state.status !== 'not-admitted') authorise(actor, 'members:write', memberPath(state));
    const member = {
      memberId: input.memberId,
      status: state.status,
      erased: state.status !== 'not-admitted' && state.erased,
    };
    const command = { type: 'JoinClub', clubId, member, joinedOn: input.joinedOn } as const;
    const outcome = await this.clubs.handle(clubId, { ...command, today: todayInVietnam() }, actor);
    return { id: clubId, version: outcome.version };
  }
}

/** A change of a club that needs nothing but its unit's scope. */
async function changeClub(
  clubs: ClubWorkspace,
  clubId: string,
  actor: Actor,
  command: ClubCommand,
): Promise<MemberCommandResult> {
  authorise(actor, 'members:write', clubPath(requireClub(await clubs.load(clubId))));
  const outcome = await clubs.handle(clubId, command, actor);
  return { id: clubId, version: outcome.version };
}

@CommandHandler(LeaveClubCommand)
export class LeaveClubHandler implements ICommandHandler<LeaveClubCommand, MemberCommandResult> {
  constructor(private readonly clubs: ClubWorkspace) {}

  execute({ clubId, input, actor }: LeaveClubCommand): Promise<MemberCommandResult> {
    const { memberId, leftOn } = input;
    const today = todayInVietnam();
    return changeClub(this.clubs, clubId, actor, {
      type: 'LeaveClub',
      clubId,
      memberId,
      leftOn,
      reason: 'left-club',
      today,
    });
  }
}

@CommandHandler(DissolveClubCommand)
export class DissolveClubHandler implements ICommandHandler<
  DissolveClubCommand,
  MemberCommandResult
> {
  constructor(private readonly clubs: ClubWorkspace) {}

  execute({ clubId, dissolvedOn, actor }: DissolveClubCommand): Promise<MemberCommandResult> {
    const command = { type: 'DissolveClub', clubId, dissolvedOn, today: todayInVietnam() } as const;
    return changeClub(this.clubs, clubId, actor, command);
  }
}

@CommandHandler(RenameClubCommand)
export class RenameClubHandler implements ICommandHandler<RenameClubCommand, MemberCommandResult> {
  constructor(private readonly clubs: ClubWorkspace) {}

  execute({ clubId, name, actor }: RenameClubCommand): Promise<MemberCommandResult> {
    return changeClub(this.clubs, clubId, actor, { type: 'RenameClub', clubId, name });
  }
}
