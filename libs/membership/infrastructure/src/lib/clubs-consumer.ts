import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ClubDirectory } from '@vwu/membership-application';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA } from '@vwu/platform-nest';
import type { Kafka } from 'kafkajs';
import { ClubDepartures } from './club-departures';
import type { MongoClubDirectory } from './club-directory';

/** The clubs' read model and the departures, from the service's own topic. */
export const CLUBS_CONSUMER_GROUP = 'vwu.membership.clubs.g1';
export const CLUBS_SUBSCRIPTION = Symbol('CLUBS_SUBSCRIPTION');

export interface ClubsSubscription {
  readonly groupId: string;
  readonly topic: string;
}

/**
 * The clubs' consumer, for the service's life: each batch is applied to the club directory,
 * then to the process manager that takes departed members out of their clubs (in that order:
 * see ClubDepartures).
 */
@Injectable()
export class ClubsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: ProjectionConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(CLUBS_SUBSCRIPTION) { groupId, topic }: ClubsSubscription,
    directory: ClubDirectory,
    departures: ClubDepartures,
  ) {
    const clubDirectory = directory as MongoClubDirectory;
    this.consumer = new ProjectionConsumer(kafka, {
      groupId,
      topics: [topic],
      handler: {
        apply: async (events) => {
          await clubDirectory.apply(events);
          await departures.apply(events);
        },
      },
      logger: new Logger('Clubs'),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.consumer.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.consumer.stop();
  }
}
