import type { Actor } from '@vwu/platform-auth';

export interface RotateCadreInput {
  readonly fromPostId: string;
  readonly unitId: string;
  readonly position: string;
  readonly rotatedOn: string;
}

/** Luân chuyển: her record's scope and the new unit's scope both act. */
export class RotateCadreCommand {
  constructor(
    readonly cadreId: string,
    readonly input: RotateCadreInput,
    readonly actor: Actor,
    readonly postId: string,
  ) {}
}
