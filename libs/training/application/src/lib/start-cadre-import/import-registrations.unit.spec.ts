import { MemoryJobs } from '@vwu/platform-testing';
import { readTable } from '@vwu/platform-tabular';
import { cadreStreamId } from '@vwu/training-domain';
import { randomUUID } from 'node:crypto';
import { ExportUnitCadresQuery } from '../export-unit-cadres/export-unit-cadres.query';
import {
  BRANCH,
  CITY,
  cadreImportsUnderTest,
  jobOf,
  officer,
  OTHER_WARD,
  WARD,
} from '../testing/cadre-imports-under-test';
import { Catalogue } from '../catalogue';
import { UnitSeats } from '../seats';
import type { CadreImportJob, PlannedCadre } from './cadre-import.job';
import { locateCadreColumns } from './cadre-sheet';
import { readCadreRows } from './cadre-rows';

// A batch of an import on in-memory stores: each row once, the world changed between the
// validation and the run, and the subtree's list that comes out (and reads in again).
const planned = (row: number, post: PlannedCadre['post'] = null): PlannedCadre => ({
  row,
  cadreId: randomUUID(),
  postId: randomUUID(),
  personal: {
    fullName: `Nguyễn Thị ${row}`,
    birthDate: '1980-05-17',
    nationalId: `0011800000${String(row).padStart(2, '0')}`,
    phone: '0912345678',
  },
  unitId: WARD,
  memberId: null,
  registeredOn: '2024-01-10',
  qualifications: [{ fact: 'education', value: 'master', since: '2024-01-10' }],
  post,
});
const chair = { position: 'chairwoman', unitId: WARD, appointedOn: '2024-02-01' };
const head = { position: 'branch-head', unitId: BRANCH, appointedOn: '2024-02-01' };

describe('a batch of a cadre import', () => {
  it('registers and appoints each row in one commit, once, however often the batch runs', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    const rows = [planned(2, chair), planned(3, head), planned(4)];
    const startStreams = jest.spyOn(t.store, 'startStreams');
    expect(await t.registrations.register(rows, jobOf(), false)).toBeUndefined();
    expect(await t.registrations.register(rows, jobOf(), true)).toBeUndefined();
    expect(await t.registrations.register(rows, jobOf(), false)).toBeUndefined();
    expect(startStreams.mock.calls[0]?.[0]).toHaveLength(3);
    const commits = await Promise.all(
      rows.map((r) => t.store.readStream(cadreStreamId(r.cadreId))),
    );
    expect(commits.map((events) => events.map((e) => e.type))).toEqual([
      ['CadreRegistered', 'CadreQualificationRecorded', 'CadreAppointed'],
      ['CadreRegistered', 'CadreQualificationRecorded', 'CadreAppointed'],
      ['CadreRegistered', 'CadreQualificationRecorded'],
    ]);
    expect(t.reservations.held.get(UnitSeats.id(WARD, 'chairwoman'))).toEqual({
      owner: rows[0]!.cadreId,
      confirmed: true,
    });
    expect(t.reservations.held.get(UnitSeats.id(BRANCH, 'branch-head'))?.confirmed).toBe(true);
    const text = JSON.stringify(t.store.allCommits());
    for (const value of ['Nguyễn Thị 2', '001180000002', '1980-05-17', '0912345678'])
      expect(text).not.toContain(value);
    const loaded = await t.cadres.load(rows[0]!.cadreId);
    expect(await t.personalData.open(loaded)).toEqual(rows[0]!.personal);
  });

  it('refuses a row whose seat another cadre took since validation; the others go in', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    const other = randomUUID();
    await t.reservations.reserve(UnitSeats.id(WARD, 'chairwoman'), other, () =>
      Promise.resolve(true),
    );
    const rows = [planned(2), planned(3, chair)];
    expect(await t.registrations.register(rows, jobOf(), false)).toMatchObject({
      row: 3,
      column: 'position',
    });
    expect(await t.store.readStream(cadreStreamId(rows[0]!.cadreId))).toHaveLength(2);
    expect(await t.store.readStream(cadreStreamId(rows[1]!.cadreId))).toEqual([]);
    expect(await t.reservations.holder(UnitSeats.id(WARD, 'chairwoman'))).toBe(other);
  });

  it('refuses the rows of a unit that closed or left the uploader’s scope, registering none of them', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    t.units.closed.add(BRANCH);
    const rows = [planned(2, head), planned(3)];
    expect(await t.registrations.register(rows, jobOf(), false)).toMatchObject({
      row: 2,
      column: 'postUnit',
    });
    expect(await t.registrations.register([planned(4)], jobOf(OTHER_WARD), false)).toMatchObject({
      row: 4,
      column: 'unit',
    });
    expect(await t.store.readStream(cadreStreamId(rows[0]!.cadreId))).toEqual([]);
    expect(await t.store.readStream(cadreStreamId(rows[1]!.cadreId))).toHaveLength(2);
    expect(t.reservations.held.size).toBe(0);
  });
});

describe('a subtree’s cadre list', () => {
  it('lists her personal data, qualifications and post in the import’s columns: it reads in again', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    const rows = [planned(2, chair), planned(3, head)];
    expect(await t.registrations.register(rows, jobOf(), false)).toBeUndefined();
    const file = await t.exporter.execute(new ExportUnitCadresQuery(WARD, officer(WARD)));
    const table = await readTable(file.content, 'xlsx', { maxRows: 10 });
    expect(table.rows.map((row) => row.cells.slice(1, 4))).toEqual([
      ['Nguyễn Thị 2', '17/05/1980', '001180000002'],
      ['Nguyễn Thị 3', '17/05/1980', '001180000003'],
    ]);
    const columns = locateCadreColumns(table);
    if (!(columns instanceof Map)) throw new Error('the export lacks a column');
    const again = readCadreRows(table.rows, columns, '2025-01-01', new Catalogue());
    expect(again.errors).toEqual([]);
    expect(
      again.rows.map(({ personal, unitId, registeredOn, qualifications, post }) => ({
        personal,
        unitId,
        registeredOn,
        qualifications,
        post,
      })),
    ).toEqual(
      rows.map(({ personal, unitId, registeredOn, qualifications, post }) => ({
        personal,
        unitId,
        registeredOn,
        qualifications,
        post,
      })),
    );
    await expect(
      t.exporter.execute(new ExportUnitCadresQuery(WARD, officer(WARD, ['viewer']))),
    ).rejects.toMatchObject({ statusCode: 403 });
    await expect(
      t.exporter.execute(new ExportUnitCadresQuery(WARD, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    const branchOnly = await t.exporter.execute(new ExportUnitCadresQuery(BRANCH, officer(CITY)));
    expect((await readTable(branchOnly.content, 'xlsx', { maxRows: 10 })).rows).toEqual([]);
  });
});
