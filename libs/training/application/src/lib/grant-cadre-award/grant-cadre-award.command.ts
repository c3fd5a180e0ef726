import type { GrantCadreAward } from '@vwu/training-domain';
import type { Actor } from '@vwu/platform-auth';

/** What the request adds to the cadre's id: the domain command's own fields. */
export type GrantCadreAwardInput = Omit<GrantCadreAward, 'type' | 'cadreId' | 'today'>;

export class GrantCadreAwardCommand {
  constructor(
    readonly cadreId: string,
    readonly input: GrantCadreAwardInput,
    readonly actor: Actor,
  ) {}
}
