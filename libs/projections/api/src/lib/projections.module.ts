import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION } from '@vwu/platform-nest';
import {
  UnitQueries,
  UnitReports,
  UnitTreeProjection,
  unitHistory,
  unitViews,
  type UnitHistoryEntry,
} from '@vwu/projections-organisation';
import type { Kafka } from 'kafkajs';
import type { Connection, Model } from 'mongoose';
import type { UnitView } from '@vwu/projections-organisation';
import { UnitsRpcController } from './units.rpc-controller';

const UNIT_VIEWS = Symbol('UNIT_VIEWS');
const UNIT_HISTORY = Symbol('UNIT_HISTORY');

/**
 * The consumer group names the read model generation: a rebuild is a new group (and new
 * collections) filled from offset 0 while the old one serves.
 */
export const UNITS_CONSUMER_GROUP = 'vwu.projections.units.g1';

export interface ProjectionsOptions {
  /** Prepended to consumer group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

const OPTIONS = Symbol('PROJECTIONS_OPTIONS');

@Injectable()
class UnitsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: ProjectionConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(UNIT_VIEWS) units: Model<UnitView>,
    @Inject(UNIT_HISTORY) history: Model<UnitHistoryEntry>,
    @Inject(OPTIONS) options: ProjectionsOptions,
  ) {
    this.consumer = new ProjectionConsumer(kafka, {
      groupId: `${options.groupPrefix ?? ''}${UNITS_CONSUMER_GROUP}`,
      topics: [TOPICS.organisation],
      handler: new UnitTreeProjection(units, history),
      logger: new Logger('UnitsProjection'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}

@Module({})
export class ProjectionsModule {
  static register(options: ProjectionsOptions = {}): DynamicModule {
    return {
      module: ProjectionsModule,
      controllers: [UnitsRpcController],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: UNIT_VIEWS,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const units = unitViews(connection);
            await units.init();
            return units;
          },
        },
        {
          provide: UNIT_HISTORY,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const history = unitHistory(connection);
            await history.init();
            return history;
          },
        },
        {
          provide: UnitQueries,
          inject: [UNIT_VIEWS],
          useFactory: (units: Model<UnitView>) => new UnitQueries(units),
        },
        {
          provide: UnitReports,
          inject: [UNIT_VIEWS, UNIT_HISTORY],
          useFactory: (units: Model<UnitView>, history: Model<UnitHistoryEntry>) =>
            new UnitReports(units, history),
        },
        UnitsConsumer,
      ],
    };
  }
}
