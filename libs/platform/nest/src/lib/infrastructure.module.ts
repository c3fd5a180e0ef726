import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { createKafka } from '@vwu/platform-messaging';
import { MongoModule } from './mongo.module';
import type { ServiceConfig } from './service-config';
import { KAFKA, SERVICE_CONFIG } from './tokens';

/**
 * The service's own database and the Kafka client, from its validated configuration. Global:
 * every module of the service shares the one connection pool and client.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: ServiceConfig, clientId: string): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [MongoModule.forRoot(config.MONGO_URL, config.MONGO_DB)],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        {
          provide: KAFKA,
          useFactory: () => createKafka(config.KAFKA_BROKERS, clientId, new Logger('kafkajs')),
        },
      ],
      exports: [SERVICE_CONFIG, KAFKA],
    };
  }
}
