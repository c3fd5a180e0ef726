import { Inject, Injectable, Logger, type Provider } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import {
  clubRecords,
  memberRecords,
  MembershipProjection,
  unitMembers,
  type ClubRecord,
  type MemberRecord,
} from '@vwu/projections-membership';
import { UnitRollupProjection } from '@vwu/projections-organisation';
import type { Kafka } from 'kafkajs';
import type { Connection, Model } from 'mongoose';
import { RunningConsumer } from './running-consumer';

/**
 * The membership figures' own group (and `member_records`): rebuilt from offset 0 of the
 * membership topic without touching the units read model. The units' rollups hold both.
 */
export const MEMBERS_CONSUMER_GROUP = 'vwu.projections.members.g1';

const MEMBER_RECORDS = Symbol('MEMBER_RECORDS');
const CLUB_RECORDS = Symbol('CLUB_RECORDS');
const GROUP_ID = Symbol('MEMBERS_GROUP_ID');

@Injectable()
class MembersConsumer extends RunningConsumer {
  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    projection: MembershipProjection,
    @Inject(GROUP_ID) groupId: string,
  ) {
    super(
      new ProjectionConsumer(kafka, {
        groupId,
        topics: [`${config.KAFKA_TOPIC_PREFIX}${TOPICS.membership}`],
        handler: projection,
        logger: new Logger('MembershipProjection'),
      }),
    );
  }
}

/** The providers of the membership figures, written into the units' rollups. */
export function membershipFigures(options: { readonly groupPrefix?: string }): Provider[] {
  return [
    { provide: GROUP_ID, useValue: `${options.groupPrefix ?? ''}${MEMBERS_CONSUMER_GROUP}` },
    {
      provide: MEMBER_RECORDS,
      inject: [MONGO_CONNECTION],
      useFactory: async (connection: Connection) => {
        const records = memberRecords(connection);
        await records.init();
        return records;
      },
    },
    {
      provide: CLUB_RECORDS,
      inject: [MONGO_CONNECTION],
      useFactory: async (connection: Connection) => {
        const records = clubRecords(connection);
        await records.init();
        return records;
      },
    },
    {
      provide: MembershipProjection,
      inject: [MEMBER_RECORDS, CLUB_RECORDS, MONGO_CONNECTION, UnitRollupProjection],
      useFactory: (
        members: Model<MemberRecord & { _id: string }>,
        clubs: Model<ClubRecord & { _id: string }>,
        connection: Connection,
        rollup: UnitRollupProjection,
      ) => new MembershipProjection(members, clubs, unitMembers(connection), rollup),
    },
    MembersConsumer,
  ];
}
