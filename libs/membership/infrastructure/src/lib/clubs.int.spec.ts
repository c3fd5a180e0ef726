import {
  type ClubCommands,
  ClubWorkspace,
  FoundClubCommand,
  FoundClubHandler,
  JoinClubCommand,
  JoinClubHandler,
  MemberWorkspace,
} from '@vwu/membership-application';
import { clubDecider, memberDecider, type MemberCommand } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  envelope,
  MemoryReservations,
  MongoEventStore,
} from '@vwu/platform-event-sourcing';
import { established, event, testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { MongoBranchDirectory, unitPlaces } from './branch-directory';
import { ClubDepartures } from './club-departures';
import { MongoClubDirectory } from './club-directory';

// Clubs on the real store: the handlers append to club streams, the service's read model learns
// the clubs from their public events, and the process manager takes a member out of her clubs
// when her membership ends, whichever of her departure and a club join arrives first.
let connection: Connection;
let store: MongoEventStore;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('clubs') })
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

const [city, ward, branch] = [randomUUID(), randomUUID(), randomUUID()];
const officer: Actor = {
  userId: 'u-1',
  roles: ['member-officer'],
  scopeUnitId: ward,
  correlationId: 'c',
};

/** A stream's events from `from` on, as the topic brings them (personal data dropped). */
async function published(streamId: string, from = 1) {
  const stored = await store.readStream(streamId);
  return stored
    .filter((e) => e.version >= from)
    .map((e) => event(`vn.vwu.membership.${e.type}.v1`, streamId, e.version, e.data));
}

function setup() {
  const members = new MemberWorkspace(
    store,
    { handler: new CommandHandler(store, memberDecider) },
    new MemoryReservations(),
  );
  const commands: ClubCommands = { handler: new CommandHandler(store, clubDecider) };
  const clubs = new ClubWorkspace(store, commands);
  const units = new MongoBranchDirectory(unitPlaces(connection));
  const directory = new MongoClubDirectory(connection);
  const departures = new ClubDepartures(directory, clubs, members);
  const admit = async () => {
    const memberId = randomUUID();
    const command: MemberCommand = {
      type: 'AdmitMember',
      memberId,
      group: null,
      birthDate: '1980-01-01',
      branch: { unitId: branch, kind: 'branch', ancestorIds: [city, ward], active: true },
      admittedOn: '2024-01-02',
      specialGroups: [],
      personal: 'sealed',
      today: '2025-01-01',
    };
    await members.commands.handler.handle(envelope(memberId, command, officer));
    return memberId;
  };
  const end = (memberId: string) =>
    members.handle(
      memberId,
      { type: 'EndMembership', memberId, end: 'left', reason: 'moved-away', on: '2025-02-01' },
      officer,
    );
  const readmit = (memberId: string) =>
    members.handle(
      memberId,
      {
        type: 'ReadmitMember',
        memberId,
        group: null,
        readmittedOn: '2025-03-01',
        branch: { unitId: branch, kind: 'branch', ancestorIds: [city, ward], active: true },
      },
      officer,
    );
  const found = new FoundClubHandler(clubs, units);
  const join = new JoinClubHandler(clubs, members);
  return { units, directory, departures, admit, end, readmit, found, join };
}

it('founds clubs, lists them by unit, and takes a departed member out of every club', async () => {
  const t = setup();
  await t.units.apply([
    established(city, 'Hội LHPN TP Hà Nội'),
    established(ward, 'Phường Kim Mã', { id: city, ancestors: [] }, { kind: 'grassroots' }),
    established(branch, 'Chi hội 5', { id: ward, ancestors: [city] }),
  ]);
  const input = {
    unitId: ward,
    name: 'CLB Gia đình trẻ',
    type: 'young-families',
    foundedOn: '2024-01-15',
  } as const;
  const [first, second] = [randomUUID(), randomUUID()];
  await t.found.execute(new FoundClubCommand(input, officer, first));
  await t.found.execute(
    new FoundClubCommand(
      { ...input, name: 'CLB Dưỡng sinh', type: 'elderly-health' },
      officer,
      second,
    ),
  );
  const [lan, mai] = [await t.admit(), await t.admit()];
  const join = (club: string, memberId: string) =>
    t.join.execute(new JoinClubCommand(club, { memberId, joinedOn: '2024-03-01' }, officer));
  await join(first, lan);
  await join(first, mai);
  await join(second, lan);

  const clubEvents = [
    ...(await published(`club-${first}`)),
    ...(await published(`club-${second}`)),
  ];
  await t.directory.apply(clubEvents);
  await t.directory.apply(clubEvents); // a redelivery changes nothing
  expect(await t.departures.apply(clubEvents)).toBe(0); // both are active members
  expect((await t.directory.ofUnit(ward)).map((c) => [c.name, c.memberCount]).sort()).toEqual([
    ['CLB Dưỡng sinh', 1],
    ['CLB Gia đình trẻ', 2],
  ]);

  // Lan leaves the union: she leaves both her clubs, once.
  await t.end(lan);
  const ended = await published(lan, 2);
  expect(await t.departures.apply(ended)).toBe(2);
  expect(await t.departures.apply(ended)).toBe(0);
  const left = [
    ...(await published(`club-${first}`, 4)),
    ...(await published(`club-${second}`, 3)),
  ];
  expect(left.map((e) => e.data)).toEqual([
    { clubId: first, memberId: lan, leftOn: '2025-02-01', reason: 'membership-ended' },
    { clubId: second, memberId: lan, leftOn: '2025-02-01', reason: 'membership-ended' },
  ]);
  await t.directory.apply(left);
  expect(await t.directory.clubsOf(lan)).toEqual([]);
  expect(await t.directory.clubsOf(mai)).toEqual([first]);
  expect((await t.directory.ofUnit(ward, 'open')).map((c) => c.memberCount).sort()).toEqual([0, 1]);
});

it('takes her out of a club whose join arrives after her departure (a race)', async () => {
  const t = setup();
  const club = randomUUID();
  const input = {
    unitId: ward,
    name: 'CLB Nữ doanh nhân',
    type: 'entrepreneurs',
    foundedOn: '2024-01-15',
  } as const;
  await t.found.execute(new FoundClubCommand(input, officer, club));
  const hoa = await t.admit();
  await t.join.execute(
    new JoinClubCommand(club, { memberId: hoa, joinedOn: '2025-03-01' }, officer),
  );
  await t.end(hoa);
  // Her departure first: no club is known to hold her yet.
  expect(await t.departures.apply(await published(hoa, 2))).toBe(0);
  const joined = await published(`club-${club}`);
  await t.directory.apply(joined);
  expect(await t.departures.apply(joined)).toBe(1);
  const [out] = await published(`club-${club}`, 3);
  // She joined after the day she left: she leaves on the day she joined.
  expect(out?.data).toEqual({
    clubId: club,
    memberId: hoa,
    leftOn: '2025-03-01',
    reason: 'membership-ended',
  });
});

it('takes no re-admitted member out of the clubs she joined since, when her old departure comes again', async () => {
  const t = setup();
  const club = randomUUID();
  const input = {
    unitId: ward,
    name: 'CLB Văn nghệ',
    type: 'culture-sports',
    foundedOn: '2024-01-15',
  } as const;
  await t.found.execute(new FoundClubCommand(input, officer, club));
  const lien = await t.admit();
  await t.end(lien);
  const oldDeparture = await published(lien, 2);
  await t.readmit(lien);
  await t.join.execute(
    new JoinClubCommand(club, { memberId: lien, joinedOn: '2025-04-01' }, officer),
  );
  await t.directory.apply(await published(`club-${club}`));
  expect(await t.departures.apply(oldDeparture)).toBe(0);
  expect(await t.directory.clubsOf(lien)).toEqual([club]);
});
