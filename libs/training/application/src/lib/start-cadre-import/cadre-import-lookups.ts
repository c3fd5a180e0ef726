import { Injectable } from '@nestjs/common';
import type { CadreUnitFacts } from '@vwu/training-domain';
import type { OwnerHolds, Wanted } from '@vwu/platform-event-sourcing';
import { CadreWorkspace } from '../cadre-streams';
import { TrainingUnits } from '../ports';
import { CadreImportCommands, type ImportCadre } from './cadre-import-decider';

/** The seats' reservations, many at once (the service's ReservationStore has these). */
export abstract class CadreSeatReservations {
  abstract reserveAll(wanted: readonly Wanted[], ownerHolds: OwnerHolds): Promise<Set<string>>;
  abstract confirmAll(held: readonly Wanted[]): Promise<void>;
  abstract releaseAll(held: readonly Wanted[]): Promise<void>;
  abstract holders(ids: readonly string[]): Promise<Map<string, string>>;
}

const UNITS_IN_FLIGHT = 16;
const SEATS_PER_QUERY = 1_000;

/** `seat:<position>:<unitId>` → its unit and position. */
function seatParts(seatId: string): { unitId: string; position: string } {
  const [, position = '', unitId = ''] = seatId.split(':');
  return { unitId, position };
}

/** What a cadre list is checked against: the units, the seats held, the cadre rules. */
@Injectable()
export class CadreImportLookups {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly units: TrainingUnits,
    readonly seats: CadreSeatReservations,
    readonly commands: CadreImportCommands,
  ) {}

  /** A row decided on a new stream in memory: nothing is written. */
  simulate(command: ImportCadre): unknown {
    const { handler } = this.commands;
    return handler.simulate(command, handler.decider.initialState());
  }

  /** A list names hundreds of units: a few at a time. */
  async unitFacts(ids: readonly string[]): Promise<Map<string, CadreUnitFacts>> {
    const queue = [...new Set(ids)].filter((id) => id !== '');
    const found = new Map<string, CadreUnitFacts>();
    const worker = async () => {
      for (let id = queue.pop(); id !== undefined; id = queue.pop())
        found.set(id, await this.units.facts(id));
    };
    await Promise.all(Array.from({ length: UNITS_IN_FLIGHT }, worker));
    return found;
  }

  /**
   * Who holds each seat now: a reservation whose holder's stream says she left the seat (a
   * crash between a post's end and the release) is not a holder.
   */
  async seatHolders(seatIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(seatIds)];
    const held = new Map<string, string>();
    for (let at = 0; at < ids.length; at += SEATS_PER_QUERY)
      for (const [id, owner] of await this.seats.holders(ids.slice(at, at + SEATS_PER_QUERY)))
        held.set(id, owner);
    const holding = await Promise.all(
      [...held].map(async ([id, owner]) => [id, owner, await this.left(id, owner)] as const),
    );
    return new Map(holding.filter(([, , left]) => !left).map(([id, owner]) => [id, owner]));
  }

  /** She held the seat and holds it no more (one on her way to it has no such post yet). */
  async left(seatId: string, cadreId: string): Promise<boolean> {
    const { state } = await this.cadres.load(cadreId);
    if (state.status === 'none') return false;
    const { unitId, position } = seatParts(seatId);
    const posts = Object.values(state.posts).filter(
      (p) => p.unitId === unitId && p.position === position,
    );
    return posts.length > 0 && posts.every((p) => p.endedOn !== null);
  }

  /**
   * Frees the seats whose holder left them (her post ended, the release lost in a crash), as an
   * appointment does before it reserves (UnitSeats).
   */
  async freeLeftSeats(wanted: readonly Wanted[]): Promise<void> {
    const held = await this.seats.holders(wanted.map((w) => w.id));
    const others = wanted.filter((w) => ![undefined, w.owner].includes(held.get(w.id)));
    const left = await Promise.all(
      others.map(async ({ id }) => {
        const holder = held.get(id) ?? '';
        return { id, owner: holder, left: await this.left(id, holder) };
      }),
    );
    await this.seats.releaseAll(left.filter((seat) => seat.left));
  }

  /** An unconfirmed reservation's owner holds a seat while her stream has a post open. */
  readonly holdsAPost: OwnerHolds = async (cadreId) => {
    const { state } = await this.cadres.load(cadreId);
    return state.status !== 'none' && Object.values(state.posts).some((p) => p.endedOn === null);
  };
}
