import type { Provider } from '@nestjs/common';
import {
  CadreImportCommands,
  cadreImportDecider,
  CadreImportJobs,
  CadreImportLookups,
  CadreImportRunner,
  CadreDirectory,
  CadreListRows,
  CadreReservations,
  CadreRoster,
  CadreSeatReservations,
  ExportUnitCadresHandler,
  ImportRegistrations,
  StartCadreImportHandler,
} from '@vwu/training-application';
import { MongoCadreImportJobs } from '@vwu/training-infrastructure';
import { jobResumer } from '@vwu/platform-jobs/nest';
import { commandsProvider, MONGO_CONNECTION } from '@vwu/platform-nest';
import { PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';

/** Bulk registration and cadre lists: the jobs, their runner, the handlers, the roster. */
export const CADRE_IMPORT_PROVIDERS: Provider[] = [
  {
    provide: CadreImportJobs,
    inject: [MONGO_CONNECTION, PersonalDataVault],
    useFactory: (connection: Connection, vault: PersonalDataVault) =>
      new MongoCadreImportJobs(connection, vault),
  },
  // The one roster of the service's cadres (TrainingConsumers keeps it): the courses' too.
  { provide: CadreRoster, useExisting: CadreDirectory },
  // The service's ReservationStore, which takes many values at once as well.
  { provide: CadreSeatReservations, useExisting: CadreReservations },
  commandsProvider(CadreImportCommands, cadreImportDecider),
  CadreImportLookups,
  ImportRegistrations,
  CadreImportRunner,
  StartCadreImportHandler,
  CadreListRows,
  ExportUnitCadresHandler,
  jobResumer(CadreImportRunner),
];
