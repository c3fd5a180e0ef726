import { Injectable } from '@nestjs/common';
import { SeatTakenError, type CadreUnitFacts, type PositionAt } from '@vwu/training-domain';
import type { WantedReservation } from '@vwu/platform-event-sourcing';
import { CadreWorkspace } from './cadre-streams';
import { Catalogue } from './catalogue';
import { CadreReservations } from './ports';

/**
 * A unit's single seats (one chairwoman, one branch head at a time): a reservation per seat,
 * taken before the appointment's append and released when the post ends. A reservation whose
 * holder's stream says she held the seat and left it (a crash between a post's end and the
 * release) is freed when the next appointment finds it; one whose holder is still on her way
 * to it (reserved, not yet appended) is hers.
 */
@Injectable()
export class UnitSeats {
  constructor(
    readonly cadres: CadreWorkspace,
    readonly reservations: CadreReservations,
    readonly catalogue: Catalogue,
  ) {}

  /** A position at a unit, with the catalogue's word on it (which seats are single). */
  positionAt(unit: CadreUnitFacts, position: string): PositionAt {
    return this.catalogue.positionAt(unit, position);
  }

  static id(unitId: string, position: string): string {
    return `seat:${position}:${unitId}`;
  }

  /** The reservations an appointment to this position needs: one for a single seat. */
  async wanted(at: PositionAt): Promise<WantedReservation[]> {
    if (!at.definition?.single) return [];
    const { unitId } = at.unit;
    const id = UnitSeats.id(unitId, at.position);
    await this.freeIfStale(id, unitId, at.position);
    const ownerHolds = (owner: string) => this.holds(owner, unitId, at.position);
    return [{ id, ownerHolds, taken: () => new SeatTakenError(at.position, unitId) }];
  }

  /** After a post's end: its seat is free again (nothing to do for a shared position). */
  async release(cadreId: string, unitId: string, position: string): Promise<void> {
    await this.reservations.release(UnitSeats.id(unitId, position), cadreId);
  }

  private async freeIfStale(id: string, unitId: string, position: string): Promise<void> {
    const holder = await this.reservations.holder(id);
    if (holder && (await this.left(holder, unitId, position)))
      await this.reservations.release(id, holder);
  }

  private async postsAt(cadreId: string, unitId: string, position: string) {
    const { state } = await this.cadres.load(cadreId);
    if (state.status === 'none') return [];
    return Object.values(state.posts).filter((p) => p.unitId === unitId && p.position === position);
  }

  private async holds(cadreId: string, unitId: string, position: string): Promise<boolean> {
    return (await this.postsAt(cadreId, unitId, position)).some((p) => p.endedOn === null);
  }

  /** She held the seat, and holds it no more. */
  private async left(cadreId: string, unitId: string, position: string): Promise<boolean> {
    const posts = await this.postsAt(cadreId, unitId, position);
    return posts.length > 0 && posts.every((p) => p.endedOn !== null);
  }
}
