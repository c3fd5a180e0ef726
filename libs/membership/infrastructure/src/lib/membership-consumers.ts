import { Inject, Injectable } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { BranchDirectory, MemberWorkspace } from '@vwu/membership-application';
import {
  KAFKA,
  MONGO_CONNECTION,
  SERVICE_CONFIG,
  ServiceConsumers,
  type ServiceConfig,
} from '@vwu/platform-nest';
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
export class MembershipConsumers extends ServiceConsumers {
  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(MEMBERSHIP_CONSUMER_OPTIONS) options: MembershipConsumerOptions,
    parts: MembershipParts,
  ) {
    const { directory, transfers, places, names } = parts;
    super(
      { kafka, config, groupPrefix: options.groupPrefix },
      [
        {
          group: BRANCHES_CONSUMER_GROUP,
          topics: [TOPICS.organisation],
          handler: {
            apply: async (events) => {
              await directory.apply(events);
              await transfers.record(events);
            },
          },
          name: 'BranchDirectory',
        },
        {
          group: MEMBER_PLACES_CONSUMER_GROUP,
          topics: [TOPICS.membership],
          handler: places,
          name: 'MemberPlaces',
        },
        {
          group: MEMBER_NAMES_CONSUMER_GROUP,
          topics: [TOPICS.membership],
          handler: names,
          name: 'MemberNames',
        },
      ],
      { everyMs: SWEEP_MS, run: () => transfers.sweep() },
    );
  }
}
