import type { Actor } from '@vwu/platform-auth';

/** Tham gia CLB: an active member, whose branch is in the actor's scope too. */
export class JoinClubCommand {
  constructor(
    readonly clubId: string,
    readonly input: { readonly memberId: string; readonly joinedOn: string },
    readonly actor: Actor,
  ) {}
}
