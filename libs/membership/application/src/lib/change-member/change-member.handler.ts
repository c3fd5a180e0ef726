import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MemberCommand } from '@vwu/membership-domain';
import { authorise, memberPath } from '../access';
import { MemberWorkspace, requireMember } from '../member-streams';
import type { MemberCommandResult } from '../ports';
import { ChangeMemberCommand } from './change-member.command';

/** Any member change within the scope of her branch (the branch, or a unit above it). */
@CommandHandler(ChangeMemberCommand)
export class ChangeMemberHandler implements ICommandHandler<
  ChangeMemberCommand,
  MemberCommandResult
> {
  constructor(private readonly members: MemberWorkspace) {}

  async execute({ memberId, change, actor }: ChangeMemberCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    authorise(actor, 'members:write', memberPath(requireMember(loaded)));
    const command = { ...change, memberId } as MemberCommand;
    const outcome = await this.members.handle(memberId, command, actor);
    return { id: memberId, version: outcome.version };
  }
}
