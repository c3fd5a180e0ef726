import type { Actor } from '@vwu/platform-auth';

export interface EstablishUnitInput {
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  /** YYYY-MM-DD; the day the establishing decision takes effect. */
  readonly establishedOn: string;
}

/** Thành lập đơn vị: establish a unit under its parent. */
export class EstablishUnitCommand {
  constructor(
    readonly input: EstablishUnitInput,
    readonly actor: Actor,
    /** Fixed by the caller for a bootstrap (the root); otherwise a new UUID. */
    readonly unitId?: string,
  ) {}
}
