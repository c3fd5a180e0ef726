import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  AdmitMemberHandler,
  BranchDirectory,
  AssignMemberGroupHandler,
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
  MemberNameIndex,
  SearchMembersHandler,
} from '@vwu/membership-application';
import { memberDecider } from '@vwu/membership-domain';
import {
  MEMBERSHIP_CONSUMER_OPTIONS,
  MemberNameIndexer,
  MembershipConsumers,
  MembershipParts,
  MongoBranchDirectory,
  MongoMemberNames,
  unitPlaces,
  type MembershipConsumerOptions,
} from '@vwu/membership-infrastructure';
import { TokenVerifier } from '@vwu/platform-auth';
import {
  ActorResolver,
  commandsProvider,
  MONGO_CONNECTION,
  personalDataVaultProvider,
  reservationStoreProvider,
} from '@vwu/platform-nest';
import { BlindIndex } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';
import { clubProviders } from './clubs.providers';
import { ClubsRpcController } from './clubs.rpc-controller';
import { MemberDirectoryRpcController } from './member-directory.rpc-controller';
import { MEMBER_IMPORT_PROVIDERS } from './member-imports.providers';
import {
  MemberImportsRpcController,
  MemberListRpcController,
} from './member-imports.rpc-controller';
import { MembersRpcController } from './members.rpc-controller';

export interface MembershipModuleOptions extends MembershipConsumerOptions {
  readonly verifier: TokenVerifier;
  /** 32 bytes, base64: wraps each member's data key (a KMS in production). */
  readonly masterKey: string;
  /** At least 32 bytes, base64: keys the national-ID tokens. */
  readonly blindIndexKey: string;
}

/** The membership context in a service: member and club commands over RPC, on the event store. */
@Module({})
export class MembershipModule {
  static register(options: MembershipModuleOptions): DynamicModule {
    return {
      module: MembershipModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        MembersRpcController,
        MemberDirectoryRpcController,
        ClubsRpcController,
        MemberImportsRpcController,
        MemberListRpcController,
      ],
      providers: [
        { provide: MEMBERSHIP_CONSUMER_OPTIONS, useValue: options },
        { provide: TokenVerifier, useValue: options.verifier },
        commandsProvider(MemberCommands, memberDecider),
        reservationStoreProvider(MemberReservations),
        {
          provide: BranchDirectory,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new MongoBranchDirectory(unitPlaces(connection)),
        },
        personalDataVaultProvider(options.masterKey),
        { provide: BlindIndex, useValue: new BlindIndex(options.blindIndexKey) },
        {
          provide: MemberNameIndex,
          inject: [MONGO_CONNECTION],
          useFactory: async (connection: Connection) => {
            const names = new MongoMemberNames(connection);
            await names.model.init();
            return names;
          },
        },
        {
          provide: MemberNameIndexer,
          inject: [MemberNameIndex, MemberWorkspace, MemberPersonalData],
          useFactory: (
            index: MemberNameIndex,
            members: MemberWorkspace,
            data: MemberPersonalData,
          ) => new MemberNameIndexer(index, members, data),
        },
        SearchMembersHandler,
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
        AssignMemberGroupHandler,
        GetMemberHandler,
        MembershipParts,
        MembershipConsumers,
        ...clubProviders(options.groupPrefix),
        ...MEMBER_IMPORT_PROVIDERS,
      ],
    };
  }
}
