import { CqrsModule } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  DissolveUnitHandler,
  EstablishUnitCommand,
  EstablishUnitHandler,
  MergeUnitHandler,
  MoveUnitHandler,
  PendingClosures,
  RenameUnitHandler,
  Reservations,
  RestructuringJobs,
  RestructuringPlanner,
  RestructuringRunner,
  UnitCloser,
  UnitCommands,
  UnitWorkspace,
  type Plan,
} from '@vwu/organisation-application';
import { DEFAULT_UNIT_KIND_CATALOGUE, unitDecider } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  EventStore,
  MongoEventStore,
  ReservationStore,
} from '@vwu/platform-event-sourcing';
import { testInfra, uniqueName } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { MongoPendingClosures } from '@vwu/organisation-infrastructure';
import { MongoRestructuringJobs } from '@vwu/organisation-infrastructure';

// A restructuring plan on the real store: a crash between two steps (here: the progress write
// of the second step fails) and a second runner that finishes it, every unit once, each merged
// ward's branches under the successor exactly once.
let connection: Connection;
let store: MongoEventStore;
const rootId = randomUUID();
const admin: Actor = {
  userId: 'u-admin',
  roles: ['admin'],
  scopeUnitId: rootId,
  correlationId: 'c',
};

/** Jobs whose progress write fails after `after` successful ones: a crash mid-job. */
class CrashingJobs extends MongoRestructuringJobs {
  private advances = 0;
  constructor(private readonly after: number) {
    super(connection);
  }
  override async advance(id: string, owner: string, done: number, leaseMs: number) {
    this.advances += 1;
    if (this.advances > this.after) throw new Error('the service died here');
    return super.advance(id, owner, done, leaseMs);
  }
}

/** The organisation service's handlers on the test's store, with the given job store. */
async function service(jobs: RestructuringJobs): Promise<TestingModule> {
  const commands: UnitCommands = {
    handler: new CommandHandler(store, unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)),
  };
  const module = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    providers: [
      { provide: EventStore, useValue: store },
      { provide: UnitCommands, useValue: commands },
      { provide: Reservations, useValue: new ReservationStore(connection) },
      { provide: PendingClosures, useValue: new MongoPendingClosures(connection) },
      { provide: RestructuringJobs, useValue: jobs },
      UnitWorkspace,
      UnitCloser,
      EstablishUnitHandler,
      RenameUnitHandler,
      MoveUnitHandler,
      MergeUnitHandler,
      DissolveUnitHandler,
      RestructuringRunner,
      RestructuringPlanner,
    ],
  }).compile();
  await module.init();
  return module;
}

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, {
      dbName: uniqueName('restructuring'),
    })
    .asPromise();
  store = new MongoEventStore(connection, 'commits', {
    exactIndexLookups: process.env['MONGO_EXACT_INDEX_ONLY'] === 'true',
  });
  await store.init();
  await new ReservationStore(connection).init();
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

/** Cầu Giấy in 2019: a district, two wards, three branches. */
async function cauGiay(module: TestingModule) {
  const establish = async (name: string, kind: string, parentId: string | null, id?: string) =>
    (
      await module
        .get(EstablishUnitHandler)
        .execute(
          new EstablishUnitCommand(
            { name, kind, parentId, establishedOn: '2019-01-01' },
            admin,
            id,
          ),
        )
    ).id;
  await establish('Hội LHPN Thành phố', 'province', null, rootId);
  const district = await establish('Hội LHPN quận Cầu Giấy', 'district', rootId);
  const dichVong = await establish('Hội LHPN phường Dịch Vọng', 'grassroots', district);
  const quanHoa = await establish('Hội LHPN phường Quan Hoa', 'grassroots', district);
  const branches = [
    await establish('Chi hội Dịch Vọng 1', 'branch', dichVong),
    await establish('Chi hội Quan Hoa 1', 'branch', quanHoa),
    await establish('Chi hội Quan Hoa 2', 'branch', quanHoa),
  ];
  return { district, wards: [dichVong, quanHoa], branches };
}

it('goes on after a crash between two steps and applies every step once', async () => {
  const first = await service(new CrashingJobs(1));
  const { district, wards, branches } = await cauGiay(first);
  const [dichVong = '', quanHoa = ''] = wards;
  const plan: Plan = {
    title: 'Phường Cầu Giấy',
    effectiveOn: '2025-07-01',
    steps: [
      {
        op: 'establish',
        ref: 'cau-giay',
        name: 'Hội LHPN phường Cầu Giấy',
        kind: 'grassroots',
        parent: rootId,
      },
      { op: 'merge', unit: dichVong, successor: 'cau-giay' },
      { op: 'merge', unit: quanHoa, successor: 'cau-giay' },
      { op: 'dissolve', unit: district, successor: rootId },
    ],
  };
  const job = await first.get(RestructuringPlanner).start(plan, admin);
  await expect(first.get(RestructuringRunner).drain()).rejects.toThrow('the service died here');
  const jobs = new MongoRestructuringJobs(connection);
  // Two steps ran, one was recorded: the second is run again after the restart.
  expect(await jobs.get(job.id)).toMatchObject({ status: 'running', done: 1 });
  await connection
    .collection('restructuring_jobs')
    .updateOne({ _id: job.id as never }, { $set: { leaseUntil: new Date(0) } });

  const second = await service(jobs);
  expect(await second.get(RestructuringRunner).drain()).toBe(1);
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 4, total: 4 });
  const successor = (await jobs.rows(job.id, 0, 1))[0]?.unitId ?? '';
  const children = await second.get(UnitWorkspace).children(successor);
  expect(children.map((c) => c.unitId).sort()).toEqual([...branches].sort());
  // Each branch moved once; each ward closed once; the district went with its successor named.
  for (const branch of branches) expect(await store.readStream(branch)).toHaveLength(2);
  for (const ward of wards)
    expect((await store.readStream(ward)).map((e) => e.type)).toEqual([
      'UnitEstablished',
      'UnitsMerged',
    ]);
  expect((await store.readStream(district)).at(-1)).toMatchObject({
    type: 'UnitDissolved',
    data: { successorId: rootId, dissolvedOn: '2025-07-01' },
  });
  // The same plan again is the same, finished job: nothing more runs.
  expect(await second.get(RestructuringPlanner).start(plan, admin)).toMatchObject({
    id: job.id,
    status: 'completed',
  });
  expect(await second.get(RestructuringRunner).drain()).toBe(0);
  await Promise.all([first.close(), second.close()]);
}, 60_000);
