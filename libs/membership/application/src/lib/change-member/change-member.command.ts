import type {
  RecogniseExemplary,
  RecordFee,
  RecordPartyStep,
  TagSpecialGroup,
  UntagSpecialGroup,
} from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';

type WithoutMember<C> = C extends unknown ? Omit<C, 'memberId'> : never;

/**
 * The changes of a member's record that need nothing but her branch's scope and the decider:
 * her special groups, the fee, the Party steps, a recognition. (Her group needs the directory:
 * AssignMemberGroupCommand.)
 */
export type MemberChange = WithoutMember<
  TagSpecialGroup | UntagSpecialGroup | RecordFee | RecordPartyStep | RecogniseExemplary
>;

export class ChangeMemberCommand {
  constructor(
    readonly memberId: string,
    readonly change: MemberChange,
    readonly actor: Actor,
  ) {}
}
