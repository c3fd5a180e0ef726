import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { changeClub } from '../clubs/club-access';
import { ClubWorkspace } from '../clubs/club-workspace';
import type { MemberCommandResult } from '../ports';
import { RenameClubCommand } from './rename-club.command';

@CommandHandler(RenameClubCommand)
export class RenameClubHandler implements ICommandHandler<RenameClubCommand, MemberCommandResult> {
  constructor(private readonly clubs: ClubWorkspace) {}

  execute({ clubId, name, actor }: RenameClubCommand): Promise<MemberCommandResult> {
    return changeClub(this.clubs, clubId, actor, { type: 'RenameClub', clubId, name });
  }
}
