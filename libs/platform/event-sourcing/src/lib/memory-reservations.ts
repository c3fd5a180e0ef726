import { ReservationTakenError, type OwnerHolds } from './reservations';

/**
 * Reservations with the semantics of the real store's unique index within its staleness
 * window (another owner's value is taken), in memory: for unit tests of the handlers.
 */
export class MemoryReservations {
  readonly held = new Map<string, { owner: string; confirmed: boolean }>();

  reserve(id: string, owner: string, _holds: OwnerHolds): Promise<void> {
    const current = this.held.get(id);
    if (current && current.owner !== owner) return Promise.reject(new ReservationTakenError(id));
    this.held.set(id, { owner, confirmed: false });
    return Promise.resolve();
  }

  confirm(id: string, owner: string): Promise<void> {
    if (this.held.get(id)?.owner === owner) this.held.set(id, { owner, confirmed: true });
    return Promise.resolve();
  }

  release(id: string, owner: string): Promise<void> {
    if (this.held.get(id)?.owner === owner) this.held.delete(id);
    return Promise.resolve();
  }

  holder(id: string): Promise<string | undefined> {
    return Promise.resolve(this.held.get(id)?.owner);
  }

  holdersByPrefix(prefix: string): Promise<readonly string[]> {
    const ids = [...this.held.keys()].filter((id) => id.startsWith(prefix)).sort();
    return Promise.resolve(ids.map((id) => this.held.get(id)?.owner ?? ''));
  }
}
