import type { Actor } from '@vwu/platform-auth';

/** Into a women's group (tổ phụ nữ) of her branch, or out of any (`groupId` null). */
export class AssignMemberGroupCommand {
  constructor(
    readonly memberId: string,
    readonly groupId: string | null,
    readonly actor: Actor,
  ) {}
}
