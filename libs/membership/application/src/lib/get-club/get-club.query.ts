import type { Actor } from '@vwu/platform-auth';

export class GetClubQuery {
  constructor(
    readonly clubId: string,
    readonly actor: Actor,
  ) {}
}
