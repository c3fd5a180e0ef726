import type { Actor } from '@vwu/platform-auth';

export interface AppointCadreInput {
  readonly unitId: string;
  readonly position: string;
  readonly appointedOn: string;
}

/** Bầu, bổ nhiệm: her record's scope and the post's unit's scope both act. */
export class AppointCadreCommand {
  constructor(
    readonly cadreId: string,
    readonly input: AppointCadreInput,
    readonly actor: Actor,
    readonly postId: string,
  ) {}
}
