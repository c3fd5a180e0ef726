import type { Actor } from '@vwu/platform-auth';

export interface DissolveUnitInput {
  /** Where the children (and members) go; null only for an empty unit. */
  readonly successorId: string | null;
  /** YYYY-MM-DD; the first day the unit no longer exists. */
  readonly dissolvedOn: string;
}

/** Giải thể: end a unit. */
export class DissolveUnitCommand {
  constructor(
    readonly unitId: string,
    readonly input: DissolveUnitInput,
    readonly actor: Actor,
  ) {}
}
