import type { Actor } from '@vwu/platform-auth';

export interface PlanCadreSuccessionInput {
  readonly unitId: string;
  readonly position: string;
  readonly term: string;
}

/** Quy hoạch: her record's scope and the planned unit's scope both act. */
export class PlanCadreSuccessionCommand {
  constructor(
    readonly cadreId: string,
    readonly input: PlanCadreSuccessionInput,
    readonly actor: Actor,
  ) {}
}
