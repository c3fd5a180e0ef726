import type { Actor } from '@vwu/platform-auth';

/** The clubs founded under a unit (not its subtree), open or dissolved. */
export class ListClubsQuery {
  constructor(
    readonly unitId: string,
    readonly status: 'open' | 'dissolved' | undefined,
    readonly actor: Actor,
  ) {}
}
