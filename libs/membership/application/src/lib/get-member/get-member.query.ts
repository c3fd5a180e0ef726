import type { Actor } from '../ports';

export class GetMemberQuery {
  constructor(
    readonly memberId: string,
    readonly actor: Actor,
  ) {}
}
