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
