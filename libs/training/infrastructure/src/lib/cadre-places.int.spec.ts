import { event, testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { CadrePlaces } from './cadre-places';

// The roster the cadre list reads, from the service's own events on the real store: a record
// in a subtree, moved out of it by a rotation, gone once erased; a redelivery changes nothing.
let connection: Connection;
let places: CadrePlaces;
const [city, ward, otherWard, branch] = Array.from({ length: 4 }, () => randomUUID()) as [
  string,
  string,
  string,
  string,
];

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('cadre_places') })
    .asPromise();
  places = new CadrePlaces(connection);
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

const registered = (cadreId: string, unitId: string, ancestorIds: string[]) =>
  event('vn.vwu.training.CadreRegistered.v1', `cadre-${cadreId}`, 1, {
    cadreId,
    unitId,
    ancestorIds,
    memberId: null,
    birthYear: 1980,
    registeredOn: '2024-01-10',
  });

it('keeps each cadre under her record’s unit and its ancestors, as rotations and erasures say', async () => {
  const [lan, mai, hoa] = [randomUUID(), randomUUID(), randomUUID()];
  const rotated = event('vn.vwu.training.CadreRotated.v1', `cadre-${mai}`, 3, {
    cadreId: mai,
    endedPostId: randomUUID(),
    fromUnitId: ward,
    fromPosition: 'vice-chair',
    postId: randomUUID(),
    unitId: otherWard,
    ancestorIds: [city],
    unitKind: 'grassroots',
    position: 'vice-chair',
    rotatedOn: '2025-07-01',
  });
  const erased = event('vn.vwu.training.CadreErased.v1', `cadre-${hoa}`, 2, {
    cadreId: hoa,
    erasedOn: '2025-01-01',
  });
  const events = [
    registered(lan, branch, [city, ward]),
    registered(mai, ward, [city]),
    registered(hoa, ward, [city]),
    rotated,
    erased,
  ];
  await places.apply(events);
  await places.apply(events);
  expect((await places.cadresUnder(ward)).sort()).toEqual([lan]);
  expect(await places.cadresUnder(otherWard)).toEqual([mai]);
  expect((await places.cadresUnder(city)).sort()).toEqual([lan, mai].sort());
  expect(await places.cadresUnder(branch)).toEqual([lan]);
  // An older event delivered late does not move her back.
  await places.apply([registered(mai, ward, [city])]);
  expect(await places.cadresUnder(otherWard)).toEqual([mai]);
});
