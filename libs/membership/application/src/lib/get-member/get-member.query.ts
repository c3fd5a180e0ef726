import type { Actor } from '@vwu/platform-auth';

export class GetMemberQuery {
  constructor(
    readonly memberId: string,
    readonly actor: Actor,
  ) {}
}
