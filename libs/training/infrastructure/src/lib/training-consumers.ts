import { Inject, Injectable } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import {
  KAFKA,
  MONGO_CONNECTION,
  SERVICE_CONFIG,
  ServiceConsumers,
  type ServiceConfig,
} from '@vwu/platform-nest';
import { CadreDirectory, TrainingUnits, UnitSeats } from '@vwu/training-application';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { CadrePlaces } from './cadre-places';
import type { MongoTrainingUnits } from './training-units';
import { ClosedUnitPosts } from './unit-closures';

/** The unit directory's consumer group: a new generation is a new name and a new collection. */
export const TRAINING_UNITS_CONSUMER_GROUP = 'vwu.training.units.g1';
/** The cadres' places (whom a closed unit holds), from the service's own topic. */
export const CADRE_PLACES_CONSUMER_GROUP = 'vwu.training.cadre-places.g1';
export const TRAINING_CONSUMER_OPTIONS = Symbol('TRAINING_CONSUMER_OPTIONS');

export interface TrainingConsumerOptions {
  /** Prepended to consumer group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

/** The read side the service keeps for itself. */
@Injectable()
export class TrainingParts {
  readonly places: CadrePlaces;
  readonly closures: ClosedUnitPosts;
  /** The TrainingUnits provider is the Mongo one: it is also the organisation topic's handler. */
  readonly units: MongoTrainingUnits;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    units: TrainingUnits,
    directory: CadreDirectory,
    seats: UnitSeats,
  ) {
    this.units = units as MongoTrainingUnits;
    this.places = directory as CadrePlaces;
    this.closures = new ClosedUnitPosts(connection, this.places, units, seats);
  }
}

/** How often closed units are swept for cadres still placed there. */
const SWEEP_MS = 5_000;

/**
 * The service's consumers, for its life: the unit directory and the closures from the
 * organisation topic, the cadres' places from its own; and the sweep of closed units.
 */
@Injectable()
export class TrainingConsumers extends ServiceConsumers {
  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(TRAINING_CONSUMER_OPTIONS) options: TrainingConsumerOptions,
    parts: TrainingParts,
  ) {
    const { units, closures, places } = parts;
    super(
      { kafka, config, groupPrefix: options.groupPrefix },
      [
        {
          group: TRAINING_UNITS_CONSUMER_GROUP,
          topics: [TOPICS.organisation],
          handler: {
            apply: async (events) => {
              await units.apply(events);
              await closures.record(events);
            },
          },
          name: 'TrainingUnits',
        },
        {
          group: CADRE_PLACES_CONSUMER_GROUP,
          topics: [TOPICS.training],
          handler: places,
          name: 'CadrePlaces',
        },
      ],
      { everyMs: SWEEP_MS, run: () => closures.sweep() },
    );
  }
}
