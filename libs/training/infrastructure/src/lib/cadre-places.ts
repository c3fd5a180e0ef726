import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { isContextEvent, TOPICS, type PublicEvent } from '@vwu/contracts';
import { CadreRoster } from '@vwu/training-application';
import { applyVersioned, ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import type { Kafka } from 'kafkajs';
import { Schema, type Connection, type Model } from 'mongoose';
import { TRAINING_CONSUMER_OPTIONS, type TrainingConsumerOptions } from './training-units';

/** Where each cadre's record is kept now, from the service's own public events. */
interface CadrePlace {
  _id: string;
  cadreId: string;
  /** Her record's unit's ancestors and the unit: any unit on it has her in its subtree. */
  path: string[];
  erased: boolean;
  version: number;
}

const schema = new Schema<CadrePlace>(
  {
    _id: { type: String },
    cadreId: { type: String, required: true },
    path: { type: [String], required: true },
    erased: { type: Boolean, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);

type Place = Omit<CadrePlace, '_id'>;
type Placing = (event: PublicEvent, current: Place | undefined) => Place | undefined;

interface PlacedData {
  readonly cadreId: string;
  readonly unitId: string;
  readonly ancestorIds: readonly string[];
}

const placed: Placing = (event, current) => {
  const { cadreId, unitId, ancestorIds } = event.data as unknown as PlacedData;
  const version = Number(event.sequence);
  return { cadreId, path: [...ancestorIds, unitId], erased: current?.erased ?? false, version };
};

const PLACINGS: Readonly<Record<string, Placing>> = {
  'vn.vwu.training.CadreRegistered.v1': placed,
  'vn.vwu.training.CadreRotated.v1': placed,
  'vn.vwu.training.CadreErased.v1': (event, current) =>
    current && { ...current, erased: true, version: Number(event.sequence) },
};

/** The cadres' places; idempotent (each event applies over an older version only). */
export class CadrePlaces extends CadreRoster {
  readonly model: Model<CadrePlace>;

  constructor(connection: Connection, collection = 'cadre_places') {
    super();
    this.model =
      (connection.models[collection] as Model<CadrePlace> | undefined) ??
      connection.model<CadrePlace>(collection, schema, collection);
  }

  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.model, events, (event, current) => {
      const placing = isContextEvent('training', event) ? PLACINGS[event.type] : undefined;
      return placing?.(event, current);
    });
  }

  /** The cadres of a unit's subtree, as far as the service's events have been applied. */
  async cadresUnder(unitId: string): Promise<string[]> {
    const found = await this.model.find({ path: unitId, erased: false }, { cadreId: 1 }).lean();
    return found.map((place) => place.cadreId);
  }
}

/** The roster's consumer group: a new generation is a new name and a new collection. */
export const CADRE_PLACES_CONSUMER_GROUP = 'vwu.training.cadre-places.g1';

/** The cadre roster kept from the service's own topic, for the service's life. */
@Injectable()
export class CadrePlacesConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: ProjectionConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(TRAINING_CONSUMER_OPTIONS) options: TrainingConsumerOptions,
    roster: CadreRoster,
  ) {
    this.consumer = new ProjectionConsumer(kafka, {
      groupId: `${options.groupPrefix ?? ''}${CADRE_PLACES_CONSUMER_GROUP}`,
      topics: [`${config.KAFKA_TOPIC_PREFIX}${TOPICS.training}`],
      handler: roster as CadrePlaces,
      logger: new Logger('CadrePlaces'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}
