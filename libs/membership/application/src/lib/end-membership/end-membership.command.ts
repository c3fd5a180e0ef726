import type { EndMembership } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';

export type EndMembershipInput = Pick<EndMembership, 'end' | 'reason' | 'on'>;

/** Ra khỏi Hội, từ trần, xoá tên. */
export class EndMembershipCommand {
  constructor(
    readonly memberId: string,
    readonly input: EndMembershipInput,
    readonly actor: Actor,
  ) {}
}
