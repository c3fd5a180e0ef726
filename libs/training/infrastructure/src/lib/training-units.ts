import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TOPICS, type PublicEvent } from '@vwu/contracts';
import { TrainingUnits } from '@vwu/training-application';
import type { CadreUnitFacts } from '@vwu/training-domain';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import { UnitPlaces, unitPlaces } from '@vwu/platform-unit-places';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

/** The unit directory's consumer group: a new generation is a new name and a new collection. */
export const TRAINING_UNITS_CONSUMER_GROUP = 'vwu.training.units.g1';
export const TRAINING_CONSUMER_OPTIONS = Symbol('TRAINING_CONSUMER_OPTIONS');

export interface TrainingConsumerOptions {
  /** Prepended to consumer group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

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

/** The service's consumers, for its life: the unit directory from the organisation topic. */
@Injectable()
export class TrainingConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumers: ProjectionConsumer[];

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(TRAINING_CONSUMER_OPTIONS) options: TrainingConsumerOptions,
    units: TrainingUnits,
  ) {
    this.consumers = [
      new ProjectionConsumer(kafka, {
        groupId: `${options.groupPrefix ?? ''}${TRAINING_UNITS_CONSUMER_GROUP}`,
        topics: [`${config.KAFKA_TOPIC_PREFIX}${TOPICS.organisation}`],
        handler: units as MongoTrainingUnits,
        logger: new Logger('TrainingUnits'),
      }),
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}
