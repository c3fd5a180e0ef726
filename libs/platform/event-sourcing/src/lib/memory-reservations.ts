import { ReservationTakenError, type OwnerHolds, type Wanted } from './reservations';

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

  async reserveAll(wanted: readonly Wanted[], holds: OwnerHolds): Promise<Set<string>> {
    const taken = new Set<string>();
    for (const { id, owner } of wanted)
      await this.reserve(id, owner, holds).catch(() => taken.add(id));
    return taken;
  }

  async confirmAll(held: readonly Wanted[]): Promise<void> {
    for (const { id, owner } of held) await this.confirm(id, owner);
  }

  async releaseAll(held: readonly Wanted[]): Promise<void> {
    for (const { id, owner } of held) await this.release(id, owner);
  }

  holders(ids: readonly string[]): Promise<Map<string, string>> {
    const found = ids.flatMap((id) => {
      const owner = this.held.get(id)?.owner;
      return owner === undefined ? [] : [[id, owner] as const];
    });
    return Promise.resolve(new Map(found));
  }

  holder(id: string): Promise<string | undefined> {
    return Promise.resolve(this.held.get(id)?.owner);
  }

  holdersByPrefix(prefix: string): Promise<readonly string[]> {
    const ids = [...this.held.keys()].filter((id) => id.startsWith(prefix)).sort();
    return Promise.resolve(ids.map((id) => this.held.get(id)?.owner ?? ''));
  }
}
