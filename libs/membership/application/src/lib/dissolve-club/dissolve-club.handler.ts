import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { changeClub } from '../clubs/club-access';
import { ClubWorkspace } from '../clubs/club-workspace';
import type { MemberCommandResult } from '../ports';
import { DissolveClubCommand } from './dissolve-club.command';

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
