import type { Actor } from '@vwu/platform-auth';

export interface MoveUnitInput {
  readonly parentId: string;
  /** YYYY-MM-DD; the day the unit sits under its new parent. */
  readonly movedOn: string;
}

/** Chuyển đơn vị: put a unit, with its subtree, under another parent. */
export class MoveUnitCommand {
  constructor(
    readonly unitId: string,
    readonly input: MoveUnitInput,
    readonly actor: Actor,
  ) {}
}
