import type { Actor } from '@vwu/platform-auth';

/** Giải thể CLB. */
export class DissolveClubCommand {
  constructor(
    readonly clubId: string,
    readonly dissolvedOn: string,
    readonly actor: Actor,
  ) {}
}
