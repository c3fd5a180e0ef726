import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise, memberPath } from '../access';
import { MemberPersonalData, MemberWorkspace, requireMember } from '../member-streams';
import type { MemberCommandResult } from '../ports';
import { EraseMemberCommand } from './erase-member.command';

/**
 * Erasure, once her membership has ended (409 `membership.member-active` before: ADR 0005). The
 * erasure is recorded first, decided on her stream's latest version, then her key is shredded:
 * a re-admission that comes in between makes the append conflict and the retry refuse, before
 * anything is shredded (shredding cannot be undone). A crash between the two leaves her erased
 * with her key: the repeated request appends nothing and shreds it. Her national ID number's
 * reservation, freed when her membership ended, is released again in case a crash kept it.
 */
@CommandHandler(EraseMemberCommand)
export class EraseMemberHandler implements ICommandHandler<
  EraseMemberCommand,
  MemberCommandResult
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
  ) {}

  async execute({ memberId, erasedOn, actor }: EraseMemberCommand): Promise<MemberCommandResult> {
    const loaded = await this.members.load(memberId);
    const path = memberPath(requireMember(loaded));
    authorise(actor, 'members:write', path);
    authorise(actor, 'members:personal-data', path);
    const reservation = await this.personalData.reservationOf(loaded);
    const command = { type: 'EraseMember', memberId, erasedOn } as const;
    const outcome = await this.members.handle(memberId, command, actor);
    await this.personalData.vault.erase(memberId);
    if (reservation) await this.members.reservations.release(reservation, memberId);
    return { id: memberId, version: outcome.version };
  }
}
