import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { NotABranchError } from '@vwu/membership-domain';
import { withReservations } from '@vwu/platform-event-sourcing';
import { authorise } from '../access';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import { AdmitMemberCommand } from './admit-member.command';

/**
 * Admission: the branch must be in the actor's scope (and her group, if any, one of the
 * branch's); her national ID number is reserved among
 * active members (a reservation that outlives the request only if the append succeeds); her
 * personal fields are sealed under a data key of her own before anything is written.
 */
@CommandHandler(AdmitMemberCommand)
export class AdmitMemberHandler implements ICommandHandler<
  AdmitMemberCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly branches: BranchDirectory,
  ) {}

  async execute({ input, actor, memberId }: AdmitMemberCommand): Promise<MemberCommandResult> {
    const { branch, group } = await this.branches.placement(input.branchId, input.groupId);
    // A unit that is not an active branch (or not known here yet) is refused whatever the scope.
    if (!branch.active) throw new NotABranchError(branch.unitId);
    authorise(actor, 'members:write', [...branch.ancestorIds, branch.unitId]);
    const wanted = this.members.nationalIdWanted(
      this.personalData.reservationFor(input.personal.nationalId),
    );
    const outcome = await withReservations(
      this.members.reservations,
      [wanted],
      memberId,
      async () => {
        const personal = await this.personalData.vault.seal(memberId, input.personal);
        const { admittedOn, specialGroups } = input;
        return this.members.handle(
          memberId,
          {
            type: 'AdmitMember',
            memberId,
            branch,
            group,
            birthDate: input.personal.birthDate,
            admittedOn,
            specialGroups,
            personal,
            today: todayInVietnam(),
          },
          actor,
        );
      },
    );
    return { id: memberId, version: outcome.version };
  }
}
