import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TOPICS, type PublicEvent } from '@vwu/contracts';
import { CadreDirectory } from '@vwu/training-application';
import { applyVersioned, ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import type { Kafka } from 'kafkajs';
import { Schema, type Connection, type Model } from 'mongoose';
import { TRAINING_CONSUMER_OPTIONS, type TrainingConsumerOptions } from './training-units';

/** Where a cadre's record is, as training-service's own topic says: ids and a unit, no more. */
interface CadrePlace {
  _id: string;
  cadreId: string;
  unitId: string;
  erased: boolean;
  version: number;
}

type Place = Omit<CadrePlace, '_id'>;

const schema = new Schema<CadrePlace>(
  {
    _id: { type: String },
    cadreId: { type: String, required: true },
    unitId: { type: String, required: true },
    erased: { type: Boolean, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);

type Placed = 'CadreRegistered' | 'CadreRotated' | 'CadreErased';
type PlacingEvent = Extract<PublicEvent, { readonly type: `vn.vwu.training.${Placed}.v1` }>;
type Placings = {
  readonly [T in PlacingEvent['type']]: (
    event: Extract<PlacingEvent, { readonly type: T }>,
    current: Place | undefined,
  ) => Place | undefined;
};

/** What each cadre event that moves her record makes of her place. */
const PLACINGS: Placings = {
  'vn.vwu.training.CadreRegistered.v1': ({ data, sequence }) => ({
    cadreId: data.cadreId,
    unitId: data.unitId,
    erased: false,
    version: Number(sequence),
  }),
  'vn.vwu.training.CadreRotated.v1': ({ data, sequence }, current) =>
    current && { ...current, unitId: data.unitId, version: Number(sequence) },
  'vn.vwu.training.CadreErased.v1': ({ sequence }, current) =>
    current && { ...current, erased: true, version: Number(sequence) },
};

/** Her place after one of her events; undefined for any other event. */
function placeAfter(event: PublicEvent, current: Place | undefined): Place | undefined {
  if (!Object.hasOwn(PLACINGS, event.type)) return undefined;
  const placing = PLACINGS[event.type as PlacingEvent['type']] as (
    e: PublicEvent,
    c: Place | undefined,
  ) => Place | undefined;
  return placing(event, current);
}

/** The directory's consumer group: a new generation is a new name and a new collection. */
export const CADRE_DIRECTORY_CONSUMER_GROUP = 'vwu.training.cadres.g1';

/**
 * The cadres by the unit that keeps their record, from the training topic: a projection
 * handler, idempotent (each cadre's document applies an event only over an older version). A
 * bulk enrolment reads each cadre's stream again, so a late document only leaves one out.
 */
export class MongoCadreDirectory extends CadreDirectory {
  readonly model: Model<CadrePlace>;

  constructor(connection: Connection, collection = 'cadre_places_g1') {
    super();
    this.model =
      (connection.models[collection] as Model<CadrePlace> | undefined) ??
      connection.model<CadrePlace>(collection, schema, collection);
  }

  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.model, events, placeAfter);
  }

  async atUnit(unitId: string): Promise<string[]> {
    const found = await this.model.find({ unitId, erased: false }, { cadreId: 1 }).lean();
    return found.map((place) => place.cadreId);
  }
}

/** The directory's consumer, for the service's life, on the service's own topic. */
@Injectable()
export class CadreDirectoryConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: ProjectionConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(TRAINING_CONSUMER_OPTIONS) options: TrainingConsumerOptions,
    directory: CadreDirectory,
  ) {
    this.consumer = new ProjectionConsumer(kafka, {
      groupId: `${options.groupPrefix ?? ''}${CADRE_DIRECTORY_CONSUMER_GROUP}`,
      topics: [`${config.KAFKA_TOPIC_PREFIX}${TOPICS.training}`],
      handler: directory as MongoCadreDirectory,
      logger: new Logger('CadreDirectory'),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.consumer.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.consumer.stop();
  }
}
