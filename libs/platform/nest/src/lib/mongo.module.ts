import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import { MONGO_CONNECTION } from './tokens';

/** Closes the store connection when the app stops (SIGTERM in Kubernetes). */
@Injectable()
class ConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/** The app's own database (one per service), shared by all its modules: one connection pool. */
@Global()
@Module({})
export class MongoModule {
  static forRoot(url: string, dbName: string): DynamicModule {
    return {
      module: MongoModule,
      providers: [
        {
          provide: MONGO_CONNECTION,
          useFactory: () =>
            mongoose
              .createConnection(url, { dbName, serverSelectionTimeoutMS: 10_000 })
              .asPromise(),
        },
        ConnectionCloser,
      ],
      exports: [MONGO_CONNECTION],
    };
  }
}
