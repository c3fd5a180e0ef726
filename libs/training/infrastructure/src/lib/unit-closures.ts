import { Logger } from '@nestjs/common';
import type { PublicEvent } from '@vwu/contracts';
import type { TrainingUnits, UnitSeats } from '@vwu/training-application';
import type { CadreUnitFacts } from '@vwu/training-domain';
import { DomainError } from '@vwu/platform-decider';
import { CLOSURE_ACTOR, UnitClosures, type UnitClosure } from '@vwu/platform-unit-places';
import type { Connection } from 'mongoose';
import type { CadrePlaces } from './cadre-places';

/** How long a closure is swept for cadres still arriving at the closed unit. */
const SWEEP_FOR_MS = 24 * 3_600_000;

/**
 * The process manager of UnitsMerged and UnitDissolved for cadres: the posts at the closed unit
 * end on its last day (their single seats freed) and the records it kept follow it to the
 * successor. Closures are recorded from the organisation topic; a sweep acts on whoever is
 * still placed there, again for a day, so a cadre whose appointment arrives late follows too.
 * Exactly once in effect: the decider decides nothing for a cadre already done.
 */
export class ClosedUnitPosts {
  private readonly logger = new Logger('ClosedUnitPosts');
  readonly closures: UnitClosures;

  constructor(
    connection: Connection,
    private readonly places: CadrePlaces,
    private readonly units: TrainingUnits,
    private readonly seats: UnitSeats,
  ) {
    this.closures = new UnitClosures(connection, 'unit_closures');
  }

  record(events: readonly PublicEvent[]): Promise<void> {
    return this.closures.record(events);
  }

  /** Acts on every cadre still placed at a recently closed unit; returns how many changed. */
  async sweep(now = new Date()): Promise<number> {
    let changed = 0;
    for (const closure of await this.closures.recent(now, SWEEP_FOR_MS))
      changed += await this.closeAll(closure);
    return changed;
  }

  private async closeAll(closure: UnitClosure): Promise<number> {
    const cadreIds = await this.places.at(closure._id);
    if (cadreIds.length === 0) return 0;
    const successor = closure.successorId ? await this.units.facts(closure.successorId) : null;
    // A successor not known here yet: the next sweep.
    if (successor && !successor.active) return 0;
    let changed = 0;
    for (const cadreId of cadreIds) if (await this.close(cadreId, closure, successor)) changed += 1;
    return changed;
  }

  private async close(
    cadreId: string,
    closure: UnitClosure,
    successor: CadreUnitFacts | null,
  ): Promise<boolean> {
    const { seats } = this;
    try {
      const command = {
        type: 'CloseUnitPosts',
        cadreId,
        unitId: closure._id,
        successor,
        closedOn: closure.on,
      } as const;
      const outcome = await seats.cadres.handle(cadreId, command, CLOSURE_ACTOR);
      for (const event of outcome.events)
        if (event.type === 'CadrePostEnded')
          await seats.release(cadreId, event.data.unitId, event.data.position);
      return outcome.events.length > 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.debug(`cadre ${cadreId} not closed at ${closure._id}: ${error.code}`);
      return false;
    }
  }
}
