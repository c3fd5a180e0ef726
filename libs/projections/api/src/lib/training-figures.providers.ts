import { Inject, Injectable, Logger, type Provider } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import { unitMembers } from '@vwu/projections-membership';
import { UnitRollupProjection } from '@vwu/projections-organisation';
import { TrainingProjection, trainingModels } from '@vwu/projections-training';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { RunningConsumer } from './running-consumer';

/**
 * The training figures' own group (and cadre_records, course_records, cadre_completions):
 * rebuilt from offset 0 of the training topic without touching the other read models. The
 * units' rollups hold them beside the membership figures.
 */
export const TRAINING_CONSUMER_GROUP = 'vwu.projections.training.g1';

const GROUP_ID = Symbol('TRAINING_GROUP_ID');

@Injectable()
class TrainingConsumer extends RunningConsumer {
  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    projection: TrainingProjection,
    @Inject(GROUP_ID) groupId: string,
  ) {
    super(
      new ProjectionConsumer(kafka, {
        groupId,
        topics: [`${config.KAFKA_TOPIC_PREFIX}${TOPICS.training}`],
        handler: projection,
        logger: new Logger('TrainingProjection'),
      }),
    );
  }
}

/** The providers of the training figures, written into the units' rollups. */
export function trainingFigureProviders(options: { readonly groupPrefix?: string }): Provider[] {
  return [
    { provide: GROUP_ID, useValue: `${options.groupPrefix ?? ''}${TRAINING_CONSUMER_GROUP}` },
    {
      provide: TrainingProjection,
      inject: [MONGO_CONNECTION, UnitRollupProjection],
      useFactory: async (connection: Connection, rollup: UnitRollupProjection) => {
        const models = trainingModels(connection);
        await Promise.all([models.cadres.init(), models.courses.init(), models.completions.init()]);
        return new TrainingProjection(models, unitMembers(connection), rollup);
      },
    },
    TrainingConsumer,
  ];
}
