import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ProjectionConsumer, type ProjectionHandler } from '@vwu/platform-messaging';
import type { Kafka } from 'kafkajs';
import type { ServiceConfig } from './service-config';

/** One read side a service keeps for itself: its consumer group, the topics and the handler. */
export interface ServiceConsumer {
  /** The group's name without the deployment's prefix: `vwu.training.units.g1`. */
  readonly group: string;
  /** Topic names without the deployment's prefix (TOPICS.organisation, …). */
  readonly topics: readonly string[];
  readonly handler: ProjectionHandler;
  /** Its log lines' context. */
  readonly name: string;
}

/** A process manager's periodic catch-up (closed units swept for those still placed there). */
export interface ServiceSweep {
  readonly everyMs: number;
  run(): Promise<unknown>;
}

/** Where a service's consumers run: the broker, the topics' and the groups' prefixes. */
export interface ConsumerSetting {
  readonly kafka: Kafka;
  readonly config: ServiceConfig;
  /** Prepended to group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

/**
 * A service's own consumers for its life (started at bootstrap, stopped at shutdown) and the
 * sweep of its process managers: the read side that membership-, training- and the other
 * services keep of the organisation topic and of their own.
 */
export abstract class ServiceConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumers: ProjectionConsumer[];
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;

  protected constructor(
    setting: ConsumerSetting,
    consumers: readonly ServiceConsumer[],
    private readonly sweep?: ServiceSweep,
  ) {
    const { kafka, config, groupPrefix = '' } = setting;
    this.logger = new Logger(this.constructor.name);
    this.consumers = consumers.map(
      ({ group, topics, handler, name }) =>
        new ProjectionConsumer(kafka, {
          groupId: `${groupPrefix}${group}`,
          topics: topics.map((topic) => `${config.KAFKA_TOPIC_PREFIX}${topic}`),
          handler,
          logger: new Logger(name),
        }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
    const { sweep } = this;
    if (!sweep) return;
    this.timer = setInterval(() => {
      sweep.run().catch((error: unknown) => this.logger.warn(`sweep failed: ${String(error)}`));
    }, sweep.everyMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}
