import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise, memberPath } from '../access';
import { MemberWorkspace, requireMember } from '../member-streams';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import { TransferMemberCommand } from './transfer-member.command';

/**
 * A transfer is the sending side's act: its scope must hold her branch; the receiving branch
 * needs only to be an active branch (also in another district), where she appears from then,
 * in one of its groups or none (her old group stays with her old branch).
 */
@CommandHandler(TransferMemberCommand)
export class TransferMemberHandler implements ICommandHandler<
  TransferMemberCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly branches: BranchDirectory,
  ) {}

  async execute({ memberId, input, actor }: TransferMemberCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    authorise(actor, 'members:write', memberPath(requireMember(loaded)));
    const { branch: to, group } = await this.branches.placement(input.toBranchId, input.groupId);
    const { transferredOn } = input;
    const command = { type: 'TransferMember', memberId, to, group, transferredOn } as const;
    const outcome = await this.members.handle(memberId, command, actor);
    return { id: memberId, version: outcome.version };
  }
}
