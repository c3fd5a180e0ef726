import { Inject, Injectable, Logger, Module, type DynamicModule } from '@nestjs/common';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import {
  MemberOrganisationQueries,
  MemberOrganisationsProjection,
  memberOrganisationViews,
  type MemberOrganisationView,
} from '@vwu/projections-organisation';
import type { Kafka } from 'kafkajs';
import type { Connection, Model } from 'mongoose';
import { MemberOrganisationsRpcController } from './member-organisations.rpc-controller';
import { organisationTopic, RunningConsumer } from './running-consumer';

const MEMBER_ORGANISATION_VIEWS = Symbol('MEMBER_ORGANISATION_VIEWS');
const GROUP_ID = Symbol('MEMBER_ORGANISATIONS_GROUP_ID');

/**
 * Its own consumer group, hence its own read model generation: the member organisations list
 * is rebuilt from offset 0 without touching the units read model, and the other way round.
 */
export const MEMBER_ORGANISATIONS_CONSUMER_GROUP = 'vwu.projections.member-organisations.g1';

@Injectable()
class MemberOrganisationsConsumer extends RunningConsumer {
  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(MEMBER_ORGANISATION_VIEWS) organisations: Model<MemberOrganisationView>,
    @Inject(GROUP_ID) groupId: string,
  ) {
    super(
      new ProjectionConsumer(kafka, {
        groupId,
        topics: [organisationTopic(config)],
        handler: new MemberOrganisationsProjection(organisations),
        logger: new Logger('MemberOrganisationsProjection'),
      }),
    );
  }
}

/** The member organisations list (tổ chức thành viên): its read model, consumer and RPC reads. */
@Module({})
export class MemberOrganisationsModule {
  static register(options: { readonly groupPrefix?: string } = {}): DynamicModule {
    return {
      module: MemberOrganisationsModule,
      controllers: [MemberOrganisationsRpcController],
      providers: [
        {
          provide: GROUP_ID,
          useValue: `${options.groupPrefix ?? ''}${MEMBER_ORGANISATIONS_CONSUMER_GROUP}`,
        },
        {
          provide: MEMBER_ORGANISATION_VIEWS,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const organisations = memberOrganisationViews(connection);
            await organisations.init();
            return organisations;
          },
        },
        {
          provide: MemberOrganisationQueries,
          inject: [MEMBER_ORGANISATION_VIEWS],
          useFactory: (organisations: Model<MemberOrganisationView>) =>
            new MemberOrganisationQueries(organisations),
        },
        MemberOrganisationsConsumer,
      ],
    };
  }
}
