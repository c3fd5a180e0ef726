import type { Actor } from '@vwu/platform-auth';

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
