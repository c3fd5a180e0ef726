import type { UnitCommand, UnitEvent, UnitState } from '@vwu/organisation-domain';
import type { CommandHandler, OwnerHolds } from '@vwu/platform-event-sourcing';

/** Unique values across units (a name among siblings, the single root): see ReservationStore. */
export abstract class Reservations {
  abstract reserve(id: string, owner: string, ownerHolds: OwnerHolds): Promise<void>;
  abstract confirm(id: string, owner: string): Promise<void>;
  abstract release(id: string, owner: string): Promise<void>;
  /** Holders of every value under a prefix, e.g. the children of a unit (see unit-tree). */
  abstract holdersByPrefix(prefix: string): Promise<readonly string[]>;
  abstract holder(id: string): Promise<string | undefined>;
}

/** The generic command handler bound to the unit decider (with the configured kind catalogue). */
export abstract class UnitCommands {
  abstract readonly handler: CommandHandler<UnitCommand, UnitEvent, UnitState>;
}

/** The outcome every unit command returns: the stream version a read can wait for. */
export interface UnitCommandResult {
  readonly id: string;
  readonly version: number;
}
