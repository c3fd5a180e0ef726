import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { withReservations } from '@vwu/platform-event-sourcing';
import { MemberErasedError, NotABranchError } from '@vwu/membership-domain';
import { authorise } from '../access';
import { MemberPersonalData, MemberWorkspace, requireMember } from '../member-streams';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import { ReadmitMemberCommand } from './readmit-member.command';

/** Re-admission takes her national ID number back: refused while another active member has it. */
@CommandHandler(ReadmitMemberCommand)
export class ReadmitMemberHandler implements ICommandHandler<
  ReadmitMemberCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly branches: BranchDirectory,
  ) {}

  async execute({ memberId, input, actor }: ReadmitMemberCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    requireMember(loaded);
    const { branch, group } = await this.branches.placement(input.branchId, input.groupId);
    if (!branch.active) throw new NotABranchError(branch.unitId);
    authorise(actor, 'members:write', [...branch.ancestorIds, branch.unitId]);
    const reservation = await this.personalData.reservationOf(loaded);
    if (reservation === undefined) throw new MemberErasedError(memberId);
    const wanted = this.members.nationalIdWanted(reservation);
    const { readmittedOn } = input;
    const command = { type: 'ReadmitMember', memberId, branch, group, readmittedOn } as const;
    const outcome = await withReservations(this.members.reservations, [wanted], memberId, () =>
      this.members.handle(memberId, command, actor),
    );
    return { id: memberId, version: outcome.version };
  }
}
