import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import {
  ClubCommands,
  ClubDirectory,
  ClubWorkspace,
  DissolveClubHandler,
  FoundClubHandler,
  GetClubHandler,
  JoinClubHandler,
  LeaveClubHandler,
  ListClubsHandler,
  MemberWorkspace,
  RenameClubHandler,
} from '@vwu/membership-application';
import { clubDecider } from '@vwu/membership-domain';
import { CommandHandler, EventStore } from '@vwu/platform-event-sourcing';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { ClubDepartures } from './club-departures';
import { MongoClubDirectory } from './club-directory';

/** The clubs' read model and the departures, from the service's own topic. */
export const CLUBS_CONSUMER_GROUP = 'vwu.membership.clubs.g1';
const SUBSCRIPTION = Symbol('CLUBS_SUBSCRIPTION');

interface Subscription {
  readonly groupId: string;
  readonly topic: string;
}

/**
 * The clubs' consumer, for the service's life: each batch is applied to the club directory,
 * then to the process manager that takes departed members out of their clubs (in that order:
 * see ClubDepartures).
 */
@Injectable()
class ClubsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: ProjectionConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SUBSCRIPTION) { groupId, topic }: Subscription,
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

/** Everything the clubs need in the membership module (CLB, mô hình). */
export function clubProviders(groupPrefix = ''): Provider[] {
  return [
    {
      provide: SUBSCRIPTION,
      inject: [SERVICE_CONFIG],
      useFactory: (config: ServiceConfig): Subscription => ({
        groupId: `${groupPrefix}${CLUBS_CONSUMER_GROUP}`,
        topic: `${config.KAFKA_TOPIC_PREFIX}${TOPICS.membership}`,
      }),
    },
    {
      provide: ClubDepartures,
      inject: [ClubDirectory, ClubWorkspace, MemberWorkspace],
      useFactory: (directory: ClubDirectory, clubs: ClubWorkspace, members: MemberWorkspace) =>
        new ClubDepartures(directory as MongoClubDirectory, clubs, members),
    },
    {
      provide: ClubCommands,
      inject: [EventStore],
      useFactory: (store: EventStore): ClubCommands => ({
        handler: new CommandHandler(store, clubDecider),
      }),
    },
    {
      provide: ClubDirectory,
      inject: [MONGO_CONNECTION],
      useFactory: (connection: Connection) => new MongoClubDirectory(connection),
    },
    ClubWorkspace,
    FoundClubHandler,
    RenameClubHandler,
    JoinClubHandler,
    LeaveClubHandler,
    DissolveClubHandler,
    GetClubHandler,
    ListClubsHandler,
    ClubsConsumer,
  ];
}
