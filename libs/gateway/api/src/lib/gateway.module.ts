import {
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { AuthModule, type TokenVerifier } from '@vwu/platform-auth';
import {
  IdempotencyModule,
  IdempotencyStore,
  ProblemDetailsModule,
  RequestBodyModule,
} from '@vwu/platform-http';
import { MetricsController, MONGO_CONNECTION, MongoModule } from '@vwu/platform-nest';
import { PUBLIC_OPERATIONS } from '@vwu/internal-api';
import { DocsController } from './docs.controller';
import { GatewayHealthController } from './gateway-health.controller';
import { ReadYourWrites } from './read-your-writes';
import { OperationCalls } from './routes/operation-calls';
import { operationsController } from './routes/operations-controller';
import { JOB_CONTROLLERS, JOB_UPSTREAM } from './jobs';
import {
  MEMBERSHIP_SERVICE,
  ORGANISATION_SERVICE,
  PROJECTIONS_SERVICE,
  Upstream,
  TRAINING_SERVICE,
} from './upstream';

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export interface GatewayOptions {
  readonly verifier: TokenVerifier;
  /** The gateway's own database: Idempotency-Key records. */
  readonly mongo: { readonly url: string; readonly db: string };
  readonly organisation: Endpoint;
  readonly projections: Endpoint;
  readonly membership: Endpoint;
  readonly training: Endpoint;
  /** The largest JSON body of a command (a restructuring plan may be larger: 5 MB). */
  readonly jsonMaxBytes: number;
}

/** Idempotency-Key records live 24 h; the local store has no TTL index, so they are purged. */
@Injectable()
class IdempotencyPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('IdempotencyPurge');

  constructor(private readonly store: IdempotencyStore) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.store
        .purgeExpired()
        .catch((error: unknown) => this.logger.warn(`purge failed: ${String(error)}`));
    }, 3_600_000).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

/** api-gateway: the only public entry. Authenticates, validates, scopes, routes. */
@Module({})
export class GatewayModule {
  static register(options: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        MongoModule.forRoot(options.mongo.url, options.mongo.db),
        AuthModule.forRoot(options.verifier),
        // After AuthModule: its guard runs first, so bodies are looked at only once authenticated.
        RequestBodyModule.forRoot({ jsonMaxBytes: options.jsonMaxBytes }),
        ProblemDetailsModule,
        IdempotencyModule.forRoot({ connection: MONGO_CONNECTION }),
        ClientsModule.register([
          { name: ORGANISATION_SERVICE, transport: Transport.TCP, options: options.organisation },
          { name: PROJECTIONS_SERVICE, transport: Transport.TCP, options: options.projections },
          { name: MEMBERSHIP_SERVICE, transport: Transport.TCP, options: options.membership },
          { name: TRAINING_SERVICE, transport: Transport.TCP, options: options.training },
        ]),
      ],
      controllers: [
        ...Object.entries(PUBLIC_OPERATIONS).map(([name, operations]) =>
          operationsController(`${name}Controller`, operations),
        ),
        ...JOB_CONTROLLERS,
        DocsController,
        GatewayHealthController,
        MetricsController,
      ],
      providers: [Upstream, JOB_UPSTREAM, ReadYourWrites, OperationCalls, IdempotencyPurge],
    };
  }
}
