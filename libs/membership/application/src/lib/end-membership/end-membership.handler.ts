import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise, memberPath } from '../access';
import { MemberPersonalData, MemberWorkspace, requireMember } from '../member-streams';
import type { MemberCommandResult } from '../ports';
import { EndMembershipCommand } from './end-membership.command';

/**
 * The end of a membership frees her national ID number: a woman who left may be admitted
 * again, in this or another branch.
 */
@CommandHandler(EndMembershipCommand)
export class EndMembershipHandler implements ICommandHandler<
  EndMembershipCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
  ) {}

  async execute({ memberId, input, actor }: EndMembershipCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    authorise(actor, 'members:write', memberPath(requireMember(loaded)));
    const outcome = await this.members.handle(
      memberId,
      { type: 'EndMembership', memberId, ...input },
      actor,
    );
    const reservation = await this.personalData.reservationOf(loaded);
    if (reservation) await this.members.reservations.release(reservation, memberId);
    return { id: memberId, version: outcome.version };
  }
}
