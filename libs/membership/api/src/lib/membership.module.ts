import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TOPICS } from '@vwu/contracts';
import {
  AdmitMemberHandler,
  BranchDirectory,
  ChangeMemberHandler,
  EndMembershipHandler,
  EraseMemberHandler,
  GetMemberHandler,
  MemberCommands,
  MemberPersonalData,
  MemberReservations,
  MemberWorkspace,
  ReadmitMemberHandler,
  TransferMemberHandler,
  UpdateMemberContactHandler,
} from '@vwu/membership-application';
import { memberDecider } from '@vwu/membership-domain';
import { TokenVerifier } from '@vwu/platform-auth';
import { CommandHandler, EventStore, ReservationStore } from '@vwu/platform-event-sourcing';
import { ProjectionConsumer } from '@vwu/platform-messaging';
import {
  ActorResolver,
  KAFKA,
  MONGO_CONNECTION,
  SERVICE_CONFIG,
  type ServiceConfig,
} from '@vwu/platform-nest';
import {
  BlindIndex,
  LocalMasterKey,
  MongoDataKeys,
  PersonalDataVault,
} from '@vwu/platform-personal-data';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { MergedBranchTransfers } from './branch-closures';
import { MongoBranchDirectory, unitPlaces } from './branch-directory';
import { MemberPlaces } from './member-places';
import { MEMBER_IMPORT_PROVIDERS } from './member-imports.providers';
import { MemberImportsRpcController } from './member-imports.rpc-controller';
import { MembersRpcController } from './members.rpc-controller';

export interface MembershipModuleOptions {
  readonly verifier: TokenVerifier;
  /** 32 bytes, base64: wraps each member's data key (a KMS in production). */
  readonly masterKey: string;
  /** At least 32 bytes, base64: keys the national-ID tokens. */
  readonly blindIndexKey: string;
  /** Prepended to consumer group ids: a test run's services keep apart from a developer's. */
  readonly groupPrefix?: string;
}

/** The branch directory's consumer group: a new generation is a new name. */
export const BRANCHES_CONSUMER_GROUP = 'vwu.membership.branches.g1';
/** The members' places (whom a closed branch holds), from the service's own topic. */
export const MEMBER_PLACES_CONSUMER_GROUP = 'vwu.membership.member-places.g1';
const OPTIONS = Symbol('MEMBERSHIP_OPTIONS');

/** The read side the service keeps for itself. */
@Injectable()
class MembershipParts {
  readonly places: MemberPlaces;
  readonly transfers: MergedBranchTransfers;
  /** The BranchDirectory provider is the Mongo one: it is also the organisation topic's handler. */
  readonly directory: MongoBranchDirectory;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    directory: BranchDirectory,
    members: MemberWorkspace,
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
class MembershipConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MembershipConsumers');
  private readonly consumers: ProjectionConsumer[];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(OPTIONS) options: MembershipModuleOptions,
    private readonly parts: MembershipParts,
  ) {
    const group = (name: string) => `${options.groupPrefix ?? ''}${name}`;
    const topic = (name: string) => `${config.KAFKA_TOPIC_PREFIX}${name}`;
    const { directory, transfers, places } = parts;
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

/** The membership context in a service: member commands over RPC, on the event store. */
@Module({})
export class MembershipModule {
  static register(options: MembershipModuleOptions): DynamicModule {
    return {
      module: MembershipModule,
      imports: [CqrsModule.forRoot()],
      controllers: [MembersRpcController, MemberImportsRpcController],
      providers: [
        { provide: OPTIONS, useValue: options },
        { provide: TokenVerifier, useValue: options.verifier },
        {
          provide: MemberCommands,
          inject: [EventStore],
          useFactory: (store: EventStore): MemberCommands => ({
            handler: new CommandHandler(store, memberDecider),
          }),
        },
        {
          provide: MemberReservations,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const reservations = new ReservationStore(connection);
            await reservations.init();
            return reservations;
          },
        },
        {
          provide: BranchDirectory,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new MongoBranchDirectory(unitPlaces(connection)),
        },
        {
          provide: PersonalDataVault,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) =>
            new PersonalDataVault(
              new MongoDataKeys(connection),
              new LocalMasterKey(options.masterKey),
            ),
        },
        { provide: BlindIndex, useValue: new BlindIndex(options.blindIndexKey) },
        ActorResolver,
        MemberWorkspace,
        MemberPersonalData,
        AdmitMemberHandler,
        EndMembershipHandler,
        EraseMemberHandler,
        TransferMemberHandler,
        ReadmitMemberHandler,
        UpdateMemberContactHandler,
        ChangeMemberHandler,
        GetMemberHandler,
        MembershipParts,
        MembershipConsumers,
        ...MEMBER_IMPORT_PROVIDERS,
      ],
    };
  }
}
