import { CadreWorkspace, Catalogue, UnitSeats } from '@vwu/training-application';
import { cadreDecider, cadreStreamId, type CadreCommand } from '@vwu/training-domain';
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
import { CadrePlaces } from './cadre-places';
import { MongoTrainingUnits } from './training-units';
import { ClosedUnitPosts } from './unit-closures';

// The UnitsMerged process manager of cadres on the real store, its closure delivered twice and
// its sweep run twice: posts at the merged ward end once, records follow it once, seats free.
let connection: Connection;
let store: MongoEventStore;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('cadre-closures') })
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

const [city, closing, successor, other] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const officer: Actor = {
  userId: 'u-1',
  roles: ['cadre-officer'],
  scopeUnitId: city,
  correlationId: 'c',
};
const ward = (id: string, name: string) =>
  established(id, name, { id: city, ancestors: [] }, { kind: 'grassroots' });
const UNITS = [
  established(city, 'Hội LHPN TP Hà Nội'),
  ward(closing, 'Phường Hàng Bồ'),
  ward(successor, 'Phường Hoàn Kiếm'),
  ward(other, 'Phường Cửa Nam'),
];

/** Her stream as the topic brings it. */
async function published(cadreId: string) {
  const stored = await store.readStream(cadreStreamId(cadreId));
  return stored.map((e) =>
    event(`vn.vwu.training.${e.type}.v1`, cadreStreamId(cadreId), e.version, e.data),
  );
}

function parts() {
  const units = new MongoTrainingUnits(connection);
  const reservations = new MemoryReservations();
  const cadres = new CadreWorkspace(
    store,
    { handler: new CommandHandler(store, cadreDecider) },
    units,
  );
  const seats = new UnitSeats(cadres, reservations, new Catalogue());
  const places = new CadrePlaces(connection);
  return {
    units,
    reservations,
    cadres,
    seats,
    places,
    pm: new ClosedUnitPosts(connection, places, units, seats),
  };
}

it('ends the posts at a merged unit and moves its records exactly once, delivered twice', async () => {
  const t = parts();
  await t.units.apply(UNITS);
  const facts = await t.units.facts(closing);
  const [chair, elsewhere] = [randomUUID(), randomUUID()];
  const post = randomUUID();
  const run = (cadreId: string, command: CadreCommand) =>
    t.cadres.commands.handler.handle(envelope(cadreStreamId(cadreId), command, officer));
  for (const cadreId of [chair, elsewhere]) {
    await run(cadreId, {
      type: 'RegisterCadre',
      cadreId,
      unit: cadreId === chair ? facts : await t.units.facts(other),
      memberId: null,
      birthDate: '1980-01-01',
      personal: 'sealed',
      registeredOn: '2024-01-02',
      qualifications: [],
      today: '2025-01-01',
    });
  }
  const definition = {
    label: { vi: 'Chủ tịch', en: 'Chairwoman' },
    unitKinds: ['grassroots'],
    single: true,
    figures: ['head', 'key', 'unit-leadership'] as const,
  };
  await t.seats.reservations.reserve(UnitSeats.id(closing, 'chairwoman'), chair, () =>
    Promise.resolve(true),
  );
  await run(chair, {
    type: 'AppointCadre',
    cadreId: chair,
    postId: post,
    at: { unit: facts, position: 'chairwoman', definition },
    appointedOn: '2024-02-01',
    today: '2025-01-01',
  });
  for (const cadreId of [chair, elsewhere]) await t.places.apply(await published(cadreId));

  const merger = merged(closing, 2, successor, '2025-07-01');
  await t.units.apply([merger]);
  await t.pm.record([merger]);
  await t.pm.record([merger]); // redelivered: one closure
  expect(await t.pm.sweep()).toBe(1);
  expect(await t.pm.sweep()).toBe(0); // the places have not heard yet: the decider decides nothing
  await t.places.apply(await published(chair));
  await t.places.apply(await published(chair)); // redelivered
  expect(await t.pm.sweep()).toBe(0);

  const types = (await store.readStream(cadreStreamId(chair))).map((e) => e.type);
  expect(types).toEqual([
    'CadreRegistered',
    'CadreAppointed',
    'CadrePostEnded',
    'CadreRecordMoved',
  ]);
  expect((await t.cadres.load(chair)).state).toMatchObject({
    unitId: successor,
    posts: { [post]: { endedOn: '2025-07-01' } },
  });
  expect((await store.readStream(cadreStreamId(elsewhere))).length).toBe(1);
  expect(await t.reservations.holder(UnitSeats.id(closing, 'chairwoman'))).toBeUndefined();
  expect(await t.places.at(closing)).toEqual([]);
  expect(await t.places.at(successor)).toEqual([chair]);
});
