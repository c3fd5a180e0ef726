import { MemberWorkspace } from '@vwu/membership-application';
import { memberDecider, type MemberCommand } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  envelope,
  MemoryReservations,
  MongoEventStore,
} from '@vwu/platform-event-sourcing';
import { established, event, merged, testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { MergedBranchTransfers } from './branch-closures';
import { MongoBranchDirectory, unitPlaces } from './branch-directory';
import { MemberPlaces } from './member-places';

// The UnitsMerged process manager on the real store, killed in the middle of a sweep: the next
// process (new objects over the same database) moves the others, and no one moves twice.
let connection: Connection;
let store: MongoEventStore;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('closures') })
    .asPromise();
  store = new MongoEventStore(connection, 'commits', {
    exactIndexLookups: process.env['MONGO_EXACT_INDEX_ONLY'] === 'true',
  });
  await store.init();
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

const [city, ward, closing, successor] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const officer: Actor = {
  userId: 'u-1',
  roles: ['member-officer'],
  scopeUnitId: ward,
  correlationId: 'c',
};
const units = [
  established(city, 'Hội LHPN TP Hà Nội'),
  established(ward, 'Phường Ngọc Hà', { id: city, ancestors: [] }, { kind: 'grassroots' }),
  established(closing, 'Chi hội 2', { id: ward, ancestors: [city] }),
  established(successor, 'Chi hội 3', { id: ward, ancestors: [city] }),
];

/** Her stream as the topic brings it (personal data dropped by the public schema). */
async function published(memberId: string) {
  const stored = await store.readStream(memberId);
  return stored.map((e) => event(`vn.vwu.membership.${e.type}.v1`, memberId, e.version, e.data));
}

/** One process: its own objects over the shared database; `dieAfter` transfers, it dies. */
function process_(dieAfter = Infinity) {
  let transfers = 0;
  const commands = { handler: new CommandHandler(store, memberDecider) };
  class Dying extends MemberWorkspace {
    override async handle(...args: Parameters<MemberWorkspace['handle']>) {
      if (transfers === dieAfter) throw new Error('the process was killed');
      transfers += 1;
      return super.handle(...args);
    }
  }
  const members = new Dying(store, commands, new MemoryReservations());
  const places = new MemberPlaces(connection);
  const branches = new MongoBranchDirectory(unitPlaces(connection));
  return {
    members,
    places,
    branches,
    pm: new MergedBranchTransfers(connection, places, members, branches),
  };
}

it('moves every member of a merged branch exactly once across a crash in the middle of a sweep', async () => {
  const first = process_(1);
  await first.branches.apply(units);
  const ids = [randomUUID(), randomUUID(), randomUUID()];
  for (const memberId of ids) {
    const command: MemberCommand = {
      type: 'AdmitMember',
      memberId,
      group: null,
      birthDate: '1980-01-01',
      branch: { unitId: closing, kind: 'branch', ancestorIds: [city, ward], active: true },
      admittedOn: '2024-01-02',
      specialGroups: [],
      personal: 'sealed',
      today: '2025-01-01',
    };
    await first.members.commands.handler.handle(envelope(memberId, command, officer));
    await first.places.apply(await published(memberId));
  }
  const merger = merged(closing, 2, successor, '2025-07-01');
  await first.branches.apply([merger]);
  await first.pm.record([merger]);
  await first.pm.record([merger]); // redelivered: one closure

  await expect(first.pm.sweep()).rejects.toThrow('the process was killed');
  // One moved before the crash; the topic has not yet told the places so.
  const versions = async () =>
    Promise.all(ids.map(async (id) => (await store.readStream(id)).length));
  expect((await versions()).sort()).toEqual([1, 1, 2]);

  const second = process_();
  expect(await second.pm.sweep()).toBe(2);
  for (const memberId of ids) await second.places.apply(await published(memberId));
  expect(await second.pm.sweep()).toBe(0);
  expect(await versions()).toEqual([2, 2, 2]);
  for (const memberId of ids) {
    const loaded = await second.members.load(memberId);
    expect(loaded.state).toMatchObject({ status: 'active', branchId: successor });
    const types = (await store.readStream(memberId)).map((e) => e.type);
    expect(types).toEqual(['MemberAdmitted', 'MemberTransferred']);
  }
  expect(await second.places.activeIn(closing)).toEqual([]);
});
