import {
  dissolved,
  established,
  merged,
  moved,
  renamed,
  testInfra,
  uniqueName,
} from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { MongoBranchDirectory, unitPlaces } from './branch-directory';

// The branches as membership-service learns them from the organisation topic, on the real
// store: the 2025 reform moves a ward from its district to the city, and a branch's ancestors
// follow, whatever order the units' events arrive in.
let connection: Connection;
let directory: MongoBranchDirectory;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('branches') })
    .asPromise();
  directory = new MongoBranchDirectory(unitPlaces(connection));
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

it('knows each branch’s place now, across moves, closures and redeliveries', async () => {
  const [city, district, ward, other, branch] = Array.from({ length: 5 }, () => randomUUID()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const under = (id: string, ancestors: string[]) => ({ id, ancestors });
  const onDay = { on: '2019-01-01' };
  // The branch's establishment comes before its ward's (another partition): not a branch to
  // admit into until its whole path is known.
  await directory.apply([established(branch, 'Chi hội 5', under(ward, [city, district]), onDay)]);
  expect(await directory.facts(branch)).toMatchObject({ active: false });
  await directory.apply([
    established(city, 'Hội LHPN TP Hà Nội', undefined, { on: '1930-10-20' }),
    established(district, 'Quận Ba Đình', under(city, []), { kind: 'district', ...onDay }),
    established(ward, 'Phường Kim Mã', under(district, [city]), { kind: 'grassroots', ...onDay }),
    established(other, 'Phường Giảng Võ', under(district, [city]), {
      kind: 'grassroots',
      ...onDay,
    }),
    renamed(ward, 2, 'Phường Kim Mã', 'Phường Kim Mã mới'),
  ]);
  const reform = [
    moved(ward, 3, { from: district, to: city, ancestors: [], on: '2025-07-01' }),
    merged(other, 2, ward, '2025-07-01'),
    dissolved(district, 2, city, '2025-07-01'),
  ];
  await directory.apply(reform);
  await directory.apply(reform); // a redelivery changes nothing

  expect(await directory.facts(branch)).toEqual({
    unitId: branch,
    kind: 'branch',
    ancestorIds: [city, ward],
    active: true,
  });
  expect(await directory.facts(other)).toMatchObject({ active: false });
  expect(await directory.facts(district)).toMatchObject({ active: false });
  expect(await directory.facts(randomUUID())).toMatchObject({ active: false, ancestorIds: [] });
});

it('knows each women’s group’s branch now, and its names, across moves and merges', async () => {
  const [city, ward, branch, otherBranch, group, otherGroup] = Array.from({ length: 6 }, () =>
    randomUUID(),
  ) as [string, string, string, string, string, string];
  const under = (id: string, ancestors: string[]) => ({ id, ancestors });
  const onDay = { on: '2019-01-01' };
  await directory.apply([
    established(city, 'Hội LHPN TP Hà Nội', undefined, { on: '1930-10-20' }),
    established(ward, 'Phường Kim Mã', under(city, []), { kind: 'grassroots', ...onDay }),
    established(branch, 'Chi hội 5', under(ward, [city]), onDay),
    established(otherBranch, 'Chi hội 7', under(ward, [city]), onDay),
    established(group, 'Tổ 1', under(branch, [city, ward]), { kind: 'group', ...onDay }),
    established(otherGroup, 'Tổ 2', under(branch, [city, ward]), { kind: 'group', ...onDay }),
    renamed(branch, 2, 'Chi hội 5', 'Chi hội tổ dân phố 5'),
  ]);
  expect(await directory.group(group)).toEqual({
    unitId: group,
    kind: 'group',
    ancestorIds: [city, ward, branch],
    active: true,
  });
  expect(await directory.group(null)).toBeNull();
  expect(await directory.nameOf(branch)).toBe('Chi hội tổ dân phố 5');
  expect(await directory.nameOf(otherBranch)).toBe('Chi hội 7');
  expect(await directory.nameOf(randomUUID())).toBeUndefined();

  // Tổ 1 moves to Chi hội 7: it is that branch's group from then; Tổ 2 merges into it.
  await directory.apply([
    moved(group, 2, { from: branch, to: otherBranch, ancestors: [city, ward], on: '2025-07-01' }),
    merged(otherGroup, 2, group, '2025-07-01'),
  ]);
  expect(await directory.group(group)).toMatchObject({
    ancestorIds: [city, ward, otherBranch],
    active: true,
  });
  expect(await directory.group(otherGroup)).toMatchObject({ active: false });
});
