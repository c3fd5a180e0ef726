import type { Actor } from '@vwu/platform-auth';

export class GetCadreQuery {
  constructor(
    readonly cadreId: string,
    readonly actor: Actor,
  ) {}
}
