import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { authorise, memberPath } from '../access';
import { clubPath, ClubWorkspace, requireClub } from '../clubs/club-workspace';
import { MemberWorkspace } from '../member-streams';
import type { MemberCommandResult } from '../ports';
import { JoinClubCommand } from './join-club.command';

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
