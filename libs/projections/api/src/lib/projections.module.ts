import { Inject, Injectable, Logger, Module, type DynamicModule } from '@nestjs/common';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import {
  UnitQueries,
  UnitReports,
  UnitRollupProjection,
  UnitRollupQueries,
  UnitTreeProjection,
  unitHistory,
  unitRollups,
  unitViews,
  type UnitHistoryEntry,
  type UnitRollup,
} from '@vwu/projections-organisation';
import type { Kafka } from 'kafkajs';
import type { Connection, Model } from 'mongoose';
import type { UnitView } from '@vwu/projections-organisation';
import { ROLLUP_FIGURES } from './rollup-figures';
import { MemberOrganisationsModule } from './member-organisations.module';
import { membershipFigures } from './membership-figures.providers';
import { trainingFigureProviders } from './training-figures.providers';
import { organisationTopic, RunningConsumer } from './running-consumer';
import { UnitsRpcController } from './units.rpc-controller';

const UNIT_VIEWS = Symbol('UNIT_VIEWS');
const UNIT_HISTORY = Symbol('UNIT_HISTORY');
const UNIT_ROLLUPS = Symbol('UNIT_ROLLUPS');

/**
 * The consumer group names the read model generation: a rebuild is a new group (and new
 * collections) filled from offset 0 while the old one serves. g2 came with the rollups: the
 * topic is applied once more from offset 0 to fill them for units established before (the views
 * and history are idempotent by stream version and event id, so they do not change). g3 came
 * with the ratings and inspections rolled up as count tags: the rollups of units rated or
 * inspected before are recomputed from their events. g4 came with the membership figures: a
 * grassroots union's own figures (its women population, over 60% or not) are added to its rollup.
 */
export const UNITS_CONSUMER_GROUP = 'vwu.projections.units.g4';

export interface ProjectionsOptions {
  /** Prepended to consumer group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

const OPTIONS = Symbol('PROJECTIONS_OPTIONS');

@Injectable()
class UnitsConsumer extends RunningConsumer {
  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    projection: UnitTreeProjection,
    @Inject(OPTIONS) options: ProjectionsOptions,
  ) {
    super(
      new ProjectionConsumer(kafka, {
        groupId: `${options.groupPrefix ?? ''}${UNITS_CONSUMER_GROUP}`,
        topics: [organisationTopic(config)],
        handler: projection,
        logger: new Logger('UnitsProjection'),
      }),
    );
  }
}

@Module({})
export class ProjectionsModule {
  static register(options: ProjectionsOptions = {}): DynamicModule {
    return {
      module: ProjectionsModule,
      imports: [MemberOrganisationsModule.register(options)],
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
          provide: UNIT_ROLLUPS,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const rollups = unitRollups(connection);
            await rollups.init();
            return rollups;
          },
        },
        {
          provide: UnitRollupProjection,
          inject: [UNIT_VIEWS, UNIT_ROLLUPS],
          useFactory: (units: Model<UnitView>, rollups: Model<UnitRollup>) =>
            new UnitRollupProjection(units, rollups, ROLLUP_FIGURES),
        },
        {
          provide: UnitTreeProjection,
          inject: [UNIT_VIEWS, UNIT_HISTORY, UnitRollupProjection],
          useFactory: (
            units: Model<UnitView>,
            history: Model<UnitHistoryEntry>,
            rollup: UnitRollupProjection,
          ) => new UnitTreeProjection(units, history, rollup),
        },
        {
          provide: UnitRollupQueries,
          inject: [UNIT_ROLLUPS],
          useFactory: (rollups: Model<UnitRollup>) => new UnitRollupQueries(rollups),
        },
        {
          provide: UnitQueries,
          inject: [UNIT_VIEWS],
          useFactory: (units: Model<UnitView>) => new UnitQueries(units),
        },
        {
          provide: UnitReports,
          inject: [UNIT_HISTORY],
          useFactory: (history: Model<UnitHistoryEntry>) => new UnitReports(history),
        },
        UnitsConsumer,
        ...membershipFigures(options),
        ...trainingFigureProviders(options),
      ],
    };
  }
}
