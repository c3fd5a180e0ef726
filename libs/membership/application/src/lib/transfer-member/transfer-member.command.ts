import type { Actor } from '@vwu/platform-auth';

export interface TransferMemberInput {
  readonly toBranchId: string;
  readonly groupId: string | null;
  readonly transferredOn: string;
}

/** Chuyển sinh hoạt: initiated by the sending side's scope. */
export class TransferMemberCommand {
  constructor(
    readonly memberId: string,
    readonly input: TransferMemberInput,
    readonly actor: Actor,
  ) {}
}
