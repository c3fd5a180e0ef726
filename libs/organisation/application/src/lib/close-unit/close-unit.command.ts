import type { Actor } from '@vwu/platform-auth';

export interface MergeUnitInput {
  /** The unit of the same kind that continues the merged one. */
  readonly successorId: string;
  /** YYYY-MM-DD; the first day the merged unit no longer exists. */
  readonly mergedOn: string;
}

/** Sáp nhập: close a unit into a successor; its children move there. */
export class MergeUnitCommand {
  constructor(
    readonly unitId: string,
    readonly input: MergeUnitInput,
    readonly actor: Actor,
  ) {}
}

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
