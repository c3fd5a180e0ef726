import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import type { ProjectionConsumer } from '@vwu/platform-messaging';
import type { ServiceConfig } from '@vwu/platform-nest';

/** A projection's consumer, running for the life of the service. */
export abstract class RunningConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  protected constructor(private readonly consumer: ProjectionConsumer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}

/** The organisation context's topic, under the service's topic prefix. */
export function organisationTopic(config: ServiceConfig): string {
  return `${config.KAFKA_TOPIC_PREFIX}${TOPICS.organisation}`;
}
