import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MemberErasedError } from '@vwu/membership-domain';
import { authorise, memberPath } from '../access';
import { MemberPersonalData, MemberWorkspace, requireMember } from '../member-streams';
import type { PersonalFields } from '../personal-fields';
import type { MemberCommandResult } from '../ports';
import { UpdateMemberContactCommand } from './update-member-contact.command';

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
