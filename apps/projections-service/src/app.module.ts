import { Module, type DynamicModule } from '@nestjs/common';
import { HealthModule, InfrastructureModule, type ServiceConfig } from '@vwu/platform-nest';
import { ProjectionsModule } from '@vwu/projections-api';

/** projections-service: read models from every context's events, queried by the gateway. */
@Module({})
export class AppModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, 'projections-service'),
        HealthModule.register(),
        ProjectionsModule.register({ groupPrefix: process.env['PROJECTIONS_GROUP_PREFIX'] ?? '' }),
      ],
    };
  }
}
