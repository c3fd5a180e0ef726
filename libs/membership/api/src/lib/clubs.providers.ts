import { type Provider } from '@nestjs/common';
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
import {
  CLUBS_CONSUMER_GROUP,
  CLUBS_SUBSCRIPTION,
  ClubDepartures,
  ClubsConsumer,
  MongoClubDirectory,
  type ClubsSubscription,
} from '@vwu/membership-infrastructure';
import {
  commandsProvider,
  MONGO_CONNECTION,
  SERVICE_CONFIG,
  type ServiceConfig,
} from '@vwu/platform-nest';
import type { Connection } from 'mongoose';
/** Everything the clubs need in the membership module (CLB, mô hình). */
export function clubProviders(groupPrefix = ''): Provider[] {
  return [
    {
      provide: CLUBS_SUBSCRIPTION,
      inject: [SERVICE_CONFIG],
      useFactory: (config: ServiceConfig): ClubsSubscription => ({
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
    commandsProvider(ClubCommands, clubDecider),
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
