import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { MembershipModule, type MembershipModuleOptions } from '@vwu/membership-api';
import { membershipPublicEvents } from '@vwu/membership-infrastructure';
import {
  EventSourcingModule,
  HealthModule,
  InfrastructureModule,
  OutboxBacklogCheck,
  type ServiceConfig,
} from '@vwu/platform-nest';

export interface AppOptions {
  readonly config: ServiceConfig;
  readonly membership: MembershipModuleOptions;
}

/** membership-service: members as events, published without personal data to vwu.membership.events. */
@Module({})
export class AppModule {
  static register({ config, membership }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, 'membership-service'),
        EventSourcingModule.register({
          source: '/vwu/membership-service',
          topic: `${config.KAFKA_TOPIC_PREFIX}${TOPICS.membership}`,
          mapper: membershipPublicEvents,
        }),
        HealthModule.register([OutboxBacklogCheck]),
        MembershipModule.register(membership),
      ],
    };
  }
}
