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

/** Kết nạp lại, in any active branch of the actor's scope. */
export class ReadmitMemberCommand {
  constructor(
    readonly memberId: string,
    readonly input: {
      readonly branchId: string;
      readonly groupId: string | null;
      readonly readmittedOn: string;
    },
    readonly actor: Actor,
  ) {}
}

/** New contact details (phone, address): merged into her sealed personal fields. */
export class UpdateMemberContactCommand {
  constructor(
    readonly memberId: string,
    readonly contact: { readonly phone?: string; readonly address?: string },
    readonly actor: Actor,
  ) {}
}
