import {
  Global,
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { createKafka } from '@vwu/platform-messaging';
import mongoose, { type Connection } from 'mongoose';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG } from './tokens';
import type { ServiceConfig } from './service-config';

/** Closes the store connection when the app stops (SIGTERM in Kubernetes). */
class ConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

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
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        {
          provide: MONGO_CONNECTION,
          useFactory: () =>
            mongoose
              .createConnection(config.MONGO_URL, {
                dbName: config.MONGO_DB,
                serverSelectionTimeoutMS: 10_000,
              })
              .asPromise(),
        },
        {
          provide: KAFKA,
          useFactory: () => createKafka(config.KAFKA_BROKERS, clientId, new Logger('kafkajs')),
        },
        ConnectionCloser,
      ],
      exports: [SERVICE_CONFIG, MONGO_CONNECTION, KAFKA],
    };
  }
}
