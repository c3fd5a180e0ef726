import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { changeClub } from '../clubs/club-access';
import { ClubWorkspace } from '../clubs/club-workspace';
import type { MemberCommandResult } from '../ports';
import { LeaveClubCommand } from './leave-club.command';

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
