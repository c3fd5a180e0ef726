import type { PublicEvent } from '@vwu/contracts';
import { BranchDirectory } from '@vwu/membership-application';
import type { BranchFacts } from '@vwu/membership-domain';
import { UnitPlaces, unitPlaces as placesIn, type UnitPlace } from '@vwu/platform-unit-places';
import type { Connection, Model } from 'mongoose';

/**
 * The units as membership-service knows them (`UnitPlaces`, from the organisation topic). A
 * women's group is a unit like the others: its parent is its branch, now. The second generation
 * keeps names too: filled anew from the topic (BRANCHES_CONSUMER_GROUP).
 */
export function unitPlaces(connection: Connection, collection = 'unit_places_g2') {
  return placesIn(connection, collection);
}

/** Where units sit, and the branch facts a member command needs. */
export class MongoBranchDirectory extends BranchDirectory {
  private readonly places: UnitPlaces;

  constructor(model: Model<UnitPlace>) {
    super();
    this.places = new UnitPlaces(model);
  }

  /** The organisation topic's handler (idempotent: see UnitPlaces.apply). */
  apply(events: readonly PublicEvent[]): Promise<void> {
    return this.places.apply(events);
  }

  nameOf(unitId: string): Promise<string | undefined> {
    return this.places.nameOf(unitId);
  }

  facts(unitId: string): Promise<BranchFacts> {
    return this.places.facts(unitId);
  }
}
