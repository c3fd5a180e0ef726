import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  DissolveUnitHandler,
  EstablishUnitHandler,
  JoinMemberOrganisationHandler,
  LeaveMemberOrganisationHandler,
  MemberOrganisationCommands,
  MergeUnitHandler,
  MoveUnitHandler,
  PendingClosures,
  RecordUnitFactHandler,
  RenameUnitHandler,
  Reservations,
  RestructuringJobs,
  RestructuringPlanner,
  RestructuringRunner,
  StartUnitImportHandler,
  UnitImportJobs,
  UnitImportRunner,
  UnitCloser,
  UnitCommands,
  UnitWorkspace,
} from '@vwu/organisation-application';
import {
  memberOrganisationDecider,
  unitDecider,
  type UnitKindCatalogue,
} from '@vwu/organisation-domain';
import { TokenVerifier } from '@vwu/platform-auth';
import { commandsProvider, MONGO_CONNECTION, reservationStoreProvider } from '@vwu/platform-nest';
import type { Connection } from 'mongoose';
import { ActorResolver } from '@vwu/platform-nest';
import { ROOT_UNIT, RootBootstrap, type RootUnit } from './root-bootstrap';
import { ClosureResumer } from './closure-resumer';
import { jobResumer } from '@vwu/platform-jobs/nest';
import {
  RestructuringJobsRpcController,
  RestructuringsRpcController,
} from './restructurings.rpc-controller';
import { StreamVersionsRpcController } from './stream-versions.rpc-controller';
import {
  MongoPendingClosures,
  MongoRestructuringJobs,
  MongoUnitImportJobs,
} from '@vwu/organisation-infrastructure';
import { UnitImportsRpcController } from './unit-imports.rpc-controller';
import { UnitChangesRpcController } from './unit-changes.rpc-controller';
import { UnitFactsRpcController } from './unit-facts.rpc-controller';
import { UnitsRpcController } from './units.rpc-controller';

export interface OrganisationModuleOptions {
  readonly catalogue: UnitKindCatalogue;
  readonly verifier: TokenVerifier;
  readonly root: RootUnit;
}

/** The organisation context in a service: unit commands over RPC, on the event store. */
@Module({})
export class OrganisationModule {
  static register(options: OrganisationModuleOptions): DynamicModule {
    return {
      module: OrganisationModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        UnitsRpcController,
        UnitChangesRpcController,
        UnitFactsRpcController,
        UnitImportsRpcController,
        RestructuringsRpcController,
        RestructuringJobsRpcController,
        StreamVersionsRpcController,
      ],
      providers: [
        { provide: TokenVerifier, useValue: options.verifier },
        { provide: ROOT_UNIT, useValue: options.root },
        commandsProvider(UnitCommands, unitDecider(options.catalogue)),
        reservationStoreProvider(Reservations),
        commandsProvider(MemberOrganisationCommands, memberOrganisationDecider),
        {
          provide: PendingClosures,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new MongoPendingClosures(connection),
        },
        {
          provide: UnitImportJobs,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new MongoUnitImportJobs(connection),
        },
        {
          provide: RestructuringJobs,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new MongoRestructuringJobs(connection),
        },
        ActorResolver,
        UnitWorkspace,
        UnitCloser,
        EstablishUnitHandler,
        RenameUnitHandler,
        MoveUnitHandler,
        MergeUnitHandler,
        DissolveUnitHandler,
        RecordUnitFactHandler,
        JoinMemberOrganisationHandler,
        LeaveMemberOrganisationHandler,
        StartUnitImportHandler,
        UnitImportRunner,
        RootBootstrap,
        ClosureResumer,
        RestructuringPlanner,
        RestructuringRunner,
        jobResumer(UnitImportRunner, RestructuringRunner),
      ],
    };
  }
}
