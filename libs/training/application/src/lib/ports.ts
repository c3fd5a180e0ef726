import type { CadreUnitFacts } from '@vwu/training-domain';
import type { OwnerHolds } from '@vwu/platform-event-sourcing';

/**
 * The units as the training service knows them from the organisation context's public events
 * (its own read model: services never read each other's databases).
 */
export abstract class TrainingUnits {
  /** The unit's facts; `active: false` for one that is unknown, closed, or not yet seen. */
  abstract facts(unitId: string): Promise<CadreUnitFacts>;
}

/** Values one cadre at a time holds (a unit's single seats): see ReservationStore. */
export abstract class CadreReservations {
  abstract reserve(id: string, owner: string, ownerHolds: OwnerHolds): Promise<void>;
  abstract confirm(id: string, owner: string): Promise<void>;
  abstract release(id: string, owner: string): Promise<void>;
  abstract holder(id: string): Promise<string | undefined>;
}
