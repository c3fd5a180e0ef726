// Test support for this lib's cadre-import specs (not exported): the import's handlers on the
// in-memory stores of cadresUnderTest, over a small tree of units.
import type { CadreUnitFacts } from '@vwu/training-domain';
import { CommandHandler } from '@vwu/platform-event-sourcing';
import type { JobStore } from '@vwu/platform-jobs';
import { randomUUID } from 'node:crypto';
import { AppointCadreHandler } from '../appoint-cadre/appoint-cadre.handler';
import {
  CadreListRows,
  ExportUnitCadresHandler,
} from '../export-unit-cadres/export-unit-cadres.handler';
import { CadreRoster } from '../export-unit-cadres/export-unit-cadres.query';
import { TrainingUnits } from '../ports';
import { RegisterCadreHandler } from '../register-cadre/register-cadre.handler';
import { UnitSeats } from '../seats';
import { cadreImportDecider } from '../start-cadre-import/cadre-import-decider';
import { CadreImportLookups } from '../start-cadre-import/cadre-import-lookups';
import type { CadreImportJob, PlannedCadre } from '../start-cadre-import/cadre-import.job';
import type { CadreImportRunner } from '../start-cadre-import/cadre-import.runner';
import { ImportRegistrations } from '../start-cadre-import/import-registrations';
import { StartCadreImportCommand } from '../start-cadre-import/start-cadre-import.command';
import { StartCadreImportHandler } from '../start-cadre-import/start-cadre-import.handler';
import {
  BRANCH,
  CITY,
  CLOSED,
  cadresUnderTest,
  officer,
  OTHER_WARD,
  WARD,
} from './cadres-under-test';

export { BRANCH, CITY, CLOSED, officer, OTHER_WARD, WARD };
export const GROUP = 'c0000000-0000-4000-8000-000000000007';

/** The city, two wards, a branch of the first with a group, and a closed unit (unknown). */
export class TreeUnits extends TrainingUnits {
  readonly closed = new Set<string>();

  facts(unitId: string): Promise<CadreUnitFacts> {
    const units: Record<string, Omit<CadreUnitFacts, 'unitId' | 'active'>> = {
      [CITY]: { kind: 'province', ancestorIds: [] },
      [WARD]: { kind: 'grassroots', ancestorIds: [CITY] },
      [OTHER_WARD]: { kind: 'grassroots', ancestorIds: [CITY] },
      [BRANCH]: { kind: 'branch', ancestorIds: [CITY, WARD] },
      [GROUP]: { kind: 'group', ancestorIds: [CITY, WARD, BRANCH] },
    };
    const unit = units[unitId];
    const active = unit !== undefined && !this.closed.has(unitId);
    return Promise.resolve({ unitId, kind: '', ancestorIds: [], ...unit, active });
  }
}

/** `jobs`: the specs' in-memory job store (platform-testing's MemoryJobs). */
export function cadreImportsUnderTest<J extends JobStore<CadreImportJob, PlannedCadre>>(jobs: J) {
  const t = cadresUnderTest();
  const units = new TreeUnits();
  const { reservations } = t;
  const commands = { handler: new CommandHandler(t.store, cadreImportDecider) };
  const lookups = new CadreImportLookups(t.cadres, units, reservations, commands);
  const registrations = new ImportRegistrations(t.cadres, t.personalData, lookups, t.catalogue);
  let kicks = 0;
  // The runner's only part the handler calls: its kick, counted here.
  const runner = { kick: () => void (kicks += 1) } as unknown as CadreImportRunner;
  const handler = new StartCadreImportHandler(lookups, jobs, runner, t.catalogue);
  const seats = new UnitSeats(t.cadres, reservations, t.catalogue);
  const start = (content: Buffer, scope = WARD, roles?: string[]) =>
    handler.execute(
      new StartCadreImportCommand(
        { content, format: 'csv', fileName: 'can-bo.csv', registeredOn: '2024-01-10' },
        officer(scope, roles),
      ),
    );
  const roster = new (class extends CadreRoster {
    cadresUnder = () =>
      Promise.resolve([
        ...new Set(
          t.store
            .allCommits()
            .filter((c) => c.streamId.startsWith('cadre-'))
            .map((c) => c.streamId.slice('cadre-'.length)),
        ),
      ]);
  })();
  return {
    ...t,
    units,
    jobs,
    registrations,
    start,
    kicks: () => kicks,
    register: new RegisterCadreHandler(t.cadres, t.personalData, units),
    appoint: new AppointCadreHandler(t.cadres, units, seats),
    exporter: new ExportUnitCadresHandler(
      units,
      roster,
      new CadreListRows(t.cadres, t.personalData, t.catalogue),
    ),
  };
}

/** A job as the handler makes it, for a batch run directly. */
export const jobOf = (scopeUnitId = WARD): CadreImportJob => ({
  id: randomUUID(),
  fileName: 'x.csv',
  format: 'csv',
  total: 2,
  done: 0,
  status: 'running',
  userId: 'officer-1',
  roles: ['cadre-officer'],
  scopeUnitId,
  correlationId: 'c-1',
  createdAt: new Date(),
});
