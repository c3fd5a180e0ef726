import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise, memberPath } from '../access';
import { MemberWorkspace, requireMember } from '../member-streams';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import { AssignMemberGroupCommand } from './assign-member-group.command';

/**
 * Within the scope of her branch; the group is read from the directory as the units are now, and
 * the decider takes it only if it is an active group of her branch.
 */
@CommandHandler(AssignMemberGroupCommand)
export class AssignMemberGroupHandler implements ICommandHandler<
  AssignMemberGroupCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly branches: BranchDirectory,
  ) {}

  async execute({
    memberId,
    groupId,
    actor,
  }: AssignMemberGroupCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    authorise(actor, 'members:write', memberPath(requireMember(loaded)));
    const group = await this.branches.group(groupId);
    const command = { type: 'AssignMemberToGroup', memberId, group } as const;
    const outcome = await this.members.handle(memberId, command, actor);
    return { id: memberId, version: outcome.version };
  }
}
