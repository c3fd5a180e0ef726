import type { Actor } from '@vwu/platform-auth';

/** Rời CLB, on her own. */
export class LeaveClubCommand {
  constructor(
    readonly clubId: string,
    readonly input: { readonly memberId: string; readonly leftOn: string },
    readonly actor: Actor,
  ) {}
}
