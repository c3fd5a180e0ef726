import { Inject, Injectable, Logger, Module, type DynamicModule } from '@nestjs/common';
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
import { MongoBranchDirectory, unitPlaces } from './branch-directory';
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
const OPTIONS = Symbol('MEMBERSHIP_OPTIONS');

/** Keeps the branch directory from the organisation topic, for the life of the service. */
@Injectable()
class BranchesConsumer {
  private readonly consumer: ProjectionConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    directory: BranchDirectory,
    @Inject(OPTIONS) options: MembershipModuleOptions,
  ) {
    this.consumer = new ProjectionConsumer(kafka, {
      groupId: `${options.groupPrefix ?? ''}${BRANCHES_CONSUMER_GROUP}`,
      topics: [`${config.KAFKA_TOPIC_PREFIX}${TOPICS.organisation}`],
      handler: directory as MongoBranchDirectory,
      logger: new Logger('BranchDirectory'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}

/** The membership context in a service: member commands over RPC, on the event store. */
@Module({})
export class MembershipModule {
  static register(options: MembershipModuleOptions): DynamicModule {
    return {
      module: MembershipModule,
      imports: [CqrsModule.forRoot()],
      controllers: [MembersRpcController],
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
        BranchesConsumer,
      ],
    };
  }
}
