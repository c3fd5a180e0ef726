import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TokenVerifier } from '@vwu/platform-auth';
import {
  ActorResolver,
  commandsProvider,
  MONGO_CONNECTION,
  personalDataVaultProvider,
  reservationStoreProvider,
} from '@vwu/platform-nest';
import {
  AppointCadreHandler,
  CadreCommands,
  CadreDirectory,
  Catalogue,
  ChangeCourseHandler,
  CourseCommands,
  CourseWorkspace,
  EnrolCadresHandler,
  GetCertificateHandler,
  GetCourseHandler,
  GetLearnerViewHandler,
  LearnHandler,
  ScheduleCourseHandler,
  CadrePersonalData,
  CadreReservations,
  CadreWorkspace,
  EndCadrePostHandler,
  EraseCadreHandler,
  GetCadreHandler,
  RecordQualificationHandler,
  RegisterCadreHandler,
  RotateCadreHandler,
  TrainingUnits,
  UnitSeats,
  GrantCadreAwardHandler,
  PlanCadreSuccessionHandler,
} from '@vwu/training-application';
import { cadreDecider, courseDecider, type TrainingCatalogue } from '@vwu/training-domain';
import {
  CadrePlaces,
  MongoTrainingUnits,
  TRAINING_CONSUMER_OPTIONS,
  TrainingConsumers,
  TrainingParts,
  type TrainingConsumerOptions,
} from '@vwu/training-infrastructure';
import type { Connection } from 'mongoose';
import { CadreImportsRpcController, CadreListRpcController } from './cadre-imports.rpc-controller';
import { CADRE_IMPORT_PROVIDERS } from './cadre-imports.providers';
import { CadresRpcController } from './cadres.rpc-controller';
import { CoursesRpcController } from './courses.rpc-controller';

export interface TrainingModuleOptions extends TrainingConsumerOptions {
  readonly verifier: TokenVerifier;
  /** 32 bytes, base64: wraps each cadre's data key (a KMS in production). */
  readonly masterKey: string;
  /** The positions and course topics (TRAINING_CATALOGUE_FILE); the default without one. */
  readonly catalogue?: TrainingCatalogue;
}

/** The training context in a service: its RPC controllers, handlers and adapters. */
@Module({})
export class TrainingModule {
  static register(options: TrainingModuleOptions): DynamicModule {
    return {
      module: TrainingModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        CadresRpcController,
        CoursesRpcController,
        CadreImportsRpcController,
        CadreListRpcController,
      ],
      providers: [
        { provide: TokenVerifier, useValue: options.verifier },
        { provide: TRAINING_CONSUMER_OPTIONS, useValue: options },
        { provide: Catalogue, useValue: new Catalogue(options.catalogue) },
        commandsProvider(CadreCommands, cadreDecider),
        reservationStoreProvider(CadreReservations),
        {
          provide: TrainingUnits,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new MongoTrainingUnits(connection),
        },
        personalDataVaultProvider(options.masterKey),
        ActorResolver,
        CadreWorkspace,
        PlanCadreSuccessionHandler,
        GrantCadreAwardHandler,
        CadrePersonalData,
        UnitSeats,
        RegisterCadreHandler,
        RecordQualificationHandler,
        AppointCadreHandler,
        EndCadrePostHandler,
        RotateCadreHandler,
        EraseCadreHandler,
        GetCadreHandler,
        TrainingParts,
        TrainingConsumers,
        // Courses (đào tạo, bồi dưỡng) and the online training system.
        commandsProvider(CourseCommands, courseDecider),
        {
          provide: CadreDirectory,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => new CadrePlaces(connection),
        },
        CourseWorkspace,
        ScheduleCourseHandler,
        EnrolCadresHandler,
        ChangeCourseHandler,
        LearnHandler,
        GetCourseHandler,
        GetCertificateHandler,
        GetLearnerViewHandler,
        ...CADRE_IMPORT_PROVIDERS,
      ],
    };
  }
}
