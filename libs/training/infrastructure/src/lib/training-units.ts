import type { PublicEvent } from '@vwu/contracts';
import { TrainingUnits } from '@vwu/training-application';
import type { CadreUnitFacts } from '@vwu/training-domain';
import { UnitPlaces, unitPlaces } from '@vwu/platform-unit-places';
import type { Connection } from 'mongoose';

/** The units as training-service knows them (UnitPlaces, from the organisation topic). */
export class MongoTrainingUnits extends TrainingUnits {
  readonly places: UnitPlaces;

  constructor(connection: Connection, collection = 'unit_places_g1') {
    super();
    this.places = new UnitPlaces(unitPlaces(connection, collection));
  }

  /** The organisation topic's handler (idempotent: see UnitPlaces.apply). */
  apply(events: readonly PublicEvent[]): Promise<void> {
    return this.places.apply(events);
  }

  facts(unitId: string): Promise<CadreUnitFacts> {
    return this.places.facts(unitId);
  }
}
