import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { OrganisationModule, type RootUnit } from '@vwu/organisation-api';
import type { UnitKindCatalogue } from '@vwu/organisation-domain';
import { organisationPublicEvents } from '@vwu/organisation-infrastructure';
import type { TokenVerifier } from '@vwu/platform-auth';
import {
  EventSourcingModule,
  HealthModule,
  InfrastructureModule,
  OutboxBacklogCheck,
  type ServiceConfig,
} from '@vwu/platform-nest';

export interface AppOptions {
  readonly config: ServiceConfig;
  readonly verifier: TokenVerifier;
  readonly catalogue: UnitKindCatalogue;
  readonly root: RootUnit;
}

/** organisation-service: the union's unit tree, as events, published to vwu.organisation.events. */
@Module({})
export class AppModule {
  static register({ config, verifier, catalogue, root }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, 'organisation-service'),
        EventSourcingModule.register({
          source: '/vwu/organisation-service',
          topic: `${config.KAFKA_TOPIC_PREFIX}${TOPICS.organisation}`,
          mapper: organisationPublicEvents,
        }),
        HealthModule.register([OutboxBacklogCheck]),
        OrganisationModule.register({ catalogue, verifier, root }),
      ],
    };
  }
}
