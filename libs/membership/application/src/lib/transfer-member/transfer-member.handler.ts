import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { withReservations } from '@vwu/platform-event-sourcing';
import { MemberErasedError, NotABranchError } from '@vwu/membership-domain';
import { authorise, memberPath } from '../access';
import { MemberPersonalData, MemberWorkspace, requireMember } from '../member-streams';
import type { PersonalFields } from '../personal-fields';
import { BranchDirectory, type MemberCommandResult } from '../ports';
import {
  ReadmitMemberCommand,
  TransferMemberCommand,
  UpdateMemberContactCommand,
} from './transfer-member.command';

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
    const [to, group] = await Promise.all([
      this.branches.facts(input.toBranchId),
      this.branches.group(input.groupId),
    ]);
    const { transferredOn } = input;
    const command = { type: 'TransferMember', memberId, to, group, transferredOn } as const;
    const outcome = await this.members.handle(memberId, command, actor);
    return { id: memberId, version: outcome.version };
  }
}

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
    const [branch, group] = await Promise.all([
      this.branches.facts(input.branchId),
      this.branches.group(input.groupId),
    ]);
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

/** Her contact details change; her name, birth date and national ID number stay as admitted. */
@CommandHandler(UpdateMemberContactCommand)
export class UpdateMemberContactHandler implements ICommandHandler<
  UpdateMemberContactCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
  ) {}

  async execute({
    memberId,
    contact,
    actor,
  }: UpdateMemberContactCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    const path = memberPath(requireMember(loaded));
    authorise(actor, 'members:write', path);
    authorise(actor, 'members:personal-data', path);
    const { vault } = this.personalData;
    const current = loaded.sealed && (await vault.open<PersonalFields>(memberId, loaded.sealed));
    if (!current) throw new MemberErasedError(memberId);
    const personal = await vault.seal(memberId, { ...current, ...contact });
    const outcome = await this.members.handle(
      memberId,
      { type: 'UpdateMemberContact', memberId, personal },
      actor,
    );
    return { id: memberId, version: outcome.version };
  }
}
