import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventStore, MongoEventStore } from '@vwu/platform-event-sourcing';
import { ensureTopics, Lease, OutboxRelay, type PublicEventMapper } from '@vwu/platform-messaging';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import { hostname } from 'node:os';
import type { CheckResult, ReadinessCheck } from './health';
import type { ServiceConfig } from './service-config';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG } from './tokens';

export interface EventSourcingOptions {
  /** CloudEvents source, `/vwu/<service>`. */
  readonly source: string;
  /** The context's public topic. */
  readonly topic: string;
  readonly mapper: PublicEventMapper;
}

const OPTIONS = Symbol('EVENT_SOURCING_OPTIONS');

/** Runs the outbox relay for the life of the service: started after boot, stopped on SIGTERM. */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;
  private readonly producer: Producer;
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MONGO_CONNECTION) connection: Connection,
    store: EventStore,
    @Inject(OPTIONS) private readonly options: EventSourcingOptions,
  ) {
    // One request in flight keeps each stream's order; a retried send may duplicate, which the
    // at-least-once contract allows (consumers deduplicate by event id and stream version).
    this.producer = kafka.producer({
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    const lease = new Lease(connection, `relay:${options.topic}`, `${hostname()}:${process.pid}`);
    const commits = (store as MongoEventStore).commits;
    this.relay = new OutboxRelay(commits, this.producer, lease, {
      ...options,
      logger: this.logger,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureTopics(this.kafka, [{ topic: this.options.topic }]);
    await this.producer.connect();
    this.relay.start();
  }

  /**
   * Before any onApplicationShutdown, where the store connection closes: releasing the lease
   * needs the store. A lease left behind blocks the next relay until it expires (15 s).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.producer.disconnect();
  }
}

/** Readiness detail: commits recorded but not yet on Kafka. Never makes the service unready. */
@Injectable()
export class OutboxBacklogCheck implements ReadinessCheck {
  readonly name = 'outbox';
  constructor(private readonly runner: RelayRunner) {}
  async check(): Promise<CheckResult> {
    return { ok: true, detail: { unpublishedCommits: await this.runner.relay.backlog() } };
  }
}

/** The MongoDB event store (indexes ensured at start) and its outbox relay; one per service. */
@Module({})
export class EventSourcingModule {
  static register(options: EventSourcingOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      // Global: health checks and handlers of any module of the service reach the same store.
      global: true,
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: EventStore,
          inject: [MONGO_CONNECTION, SERVICE_CONFIG],
          useFactory: async (connection: Connection, config: ServiceConfig) => {
            const store = new MongoEventStore(connection, 'commits', {
              exactIndexLookups: config.MONGO_EXACT_INDEX_ONLY,
            });
            await store.init();
            return store;
          },
        },
        RelayRunner,
        OutboxBacklogCheck,
      ],
      exports: [EventStore, RelayRunner, OutboxBacklogCheck],
    };
  }
}
