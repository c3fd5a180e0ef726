import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { TrainingModule, type TrainingModuleOptions } from '@vwu/training-api';
import { trainingPublicEvents } from '@vwu/training-infrastructure';
import {
  EventSourcingModule,
  HealthModule,
  InfrastructureModule,
  OutboxBacklogCheck,
  type ServiceConfig,
} from '@vwu/platform-nest';

export interface AppOptions {
  readonly config: ServiceConfig;
  readonly training: TrainingModuleOptions;
}

/** training-service: the training context's events, published to vwu.training.events. */
@Module({})
export class AppModule {
  static register({ config, training }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, 'training-service'),
        EventSourcingModule.register({
          source: '/vwu/training-service',
          topic: `${config.KAFKA_TOPIC_PREFIX}${TOPICS.training}`,
          mapper: trainingPublicEvents,
        }),
        HealthModule.register([OutboxBacklogCheck]),
        TrainingModule.register(training),
      ],
    };
  }
}
