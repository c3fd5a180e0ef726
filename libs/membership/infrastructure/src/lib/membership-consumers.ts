import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { BranchDirectory, MemberWorkspace } from '@vwu/membership-application';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import { KAFKA, MONGO_CONNECTION, SERVICE_CONFIG, type ServiceConfig } from '@vwu/platform-nest';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { MergedBranchTransfers } from './branch-closures';
import type { MongoBranchDirectory } from './branch-directory';
import { MemberNameIndexer } from './member-names';
import { MemberPlaces } from './member-places';

/**
 * The branch directory's consumer group: a new generation is a new name, and a new collection
 * (g2 keeps the units' names: unit_places_g2).
 */
export const BRANCHES_CONSUMER_GROUP = 'vwu.membership.branches.g2';
/** The members' places (whom a closed branch holds), from the service's own topic. */
export const MEMBER_PLACES_CONSUMER_GROUP = 'vwu.membership.member-places.g1';
/** The member directory (names as tokens), from the service's own topic. */
export const MEMBER_NAMES_CONSUMER_GROUP = 'vwu.membership.member-names.g1';
export const MEMBERSHIP_CONSUMER_OPTIONS = Symbol('MEMBERSHIP_CONSUMER_OPTIONS');

export interface MembershipConsumerOptions {
  /** Prepended to consumer group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

/** The read side the service keeps for itself. */
@Injectable()
export class MembershipParts {
  readonly places: MemberPlaces;
  readonly transfers: MergedBranchTransfers;
  /** The BranchDirectory provider is the Mongo one: it is also the organisation topic's handler. */
  readonly directory: MongoBranchDirectory;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    directory: BranchDirectory,
    members: MemberWorkspace,
    readonly names: MemberNameIndexer,
  ) {
    this.directory = directory as MongoBranchDirectory;
    this.places = new MemberPlaces(connection);
    this.transfers = new MergedBranchTransfers(connection, this.places, members, directory);
  }
}

/** How often closed branches are swept for members still in them. */
const SWEEP_MS = 5_000;

/**
 * The service's consumers, for its life: the branch directory and the closures from the
 * organisation topic, the members' places from its own topic; and the sweep that moves the
 * members of merged branches.
 */
@Injectable()
export class MembershipConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MembershipConsumers');
  private readonly consumers: ProjectionConsumer[];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(MEMBERSHIP_CONSUMER_OPTIONS) options: MembershipConsumerOptions,
    private readonly parts: MembershipParts,
  ) {
    const group = (name: string) => `${options.groupPrefix ?? ''}${name}`;
    const topic = (name: string) => `${config.KAFKA_TOPIC_PREFIX}${name}`;
    const { directory, transfers, places, names } = parts;
    this.consumers = [
      new ProjectionConsumer(kafka, {
        groupId: group(BRANCHES_CONSUMER_GROUP),
        topics: [topic(TOPICS.organisation)],
        handler: {
          apply: async (events) => {
            await directory.apply(events);
            await transfers.record(events);
          },
        },
        logger: new Logger('BranchDirectory'),
      }),
      new ProjectionConsumer(kafka, {
        groupId: group(MEMBER_PLACES_CONSUMER_GROUP),
        topics: [topic(TOPICS.membership)],
        handler: places,
        logger: new Logger('MemberPlaces'),
      }),
      new ProjectionConsumer(kafka, {
        groupId: group(MEMBER_NAMES_CONSUMER_GROUP),
        topics: [topic(TOPICS.membership)],
        handler: names,
        logger: new Logger('MemberNames'),
      }),
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
    this.timer = setInterval(() => {
      this.parts.transfers
        .sweep()
        .catch((error: unknown) => this.logger.warn(`sweep failed: ${String(error)}`));
    }, SWEEP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}
