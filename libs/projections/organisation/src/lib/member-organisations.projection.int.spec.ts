import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import {
  decodeMemberOrganisationCursor,
  MemberOrganisationQueries,
  type MemberOrganisationsPage,
} from './member-organisation-queries';
import { memberOrganisationViews } from './member-organisation-read-model';
import { MemberOrganisationsProjection } from './member-organisations.projection';
import { established, renamed } from '@vwu/platform-testing';
import { joined, left } from '@vwu/platform-testing';

describe('MemberOrganisationsProjection and MemberOrganisationQueries on the real store', () => {
  let connection: Connection;
  let projection: MemberOrganisationsProjection;
  let queries: MemberOrganisationQueries;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('member_orgs_rm') })
      .asPromise();
    const organisations = memberOrganisationViews(connection);
    await organisations.init();
    projection = new MemberOrganisationsProjection(organisations);
    queries = new MemberOrganisationQueries(organisations);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  async function names(unionId: string, page: Partial<MemberOrganisationsPage> = {}) {
    const { items } = await queries.list(unionId, { limit: 50, ...page });
    return items.map((o) => o.name);
  }

  it('records joining and leaving once, ignores other events, and a redelivered batch', async () => {
    const [union, smes, intellectuals, unit] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const batch = [
      joined(smes, 1, { name: 'Hiệp hội Nữ doanh nhân', unionId: union, joinedOn: '2021-03-08' }),
      established(unit, 'Chi hội 1'),
      joined(intellectuals, 1, { name: 'Hội Nữ trí thức', unionId: union, joinedOn: '2020-10-20' }),
      renamed(unit, 2, 'Chi hội 1', 'Chi hội Một'),
      left(smes, 2, '2024-01-01', 'Sáp nhập vào hiệp hội khác'),
    ];
    await projection.apply(batch);
    await projection.apply(batch);
    await projection.apply([
      joined(smes, 1, { name: 'a stale copy', unionId: union, joinedOn: '2000-01-01' }),
      left(smes, 2, '2030-01-01', 'a stale copy'),
    ]);

    expect(await queries.get(smes)).toEqual({
      id: smes,
      name: 'Hiệp hội Nữ doanh nhân',
      unionId: union,
      status: 'left',
      joinedOn: '2021-03-08',
      leftOn: '2024-01-01',
      leaveReason: 'Sáp nhập vào hiệp hội khác',
      memberships: [{ joinedOn: '2021-03-08', leftOn: '2024-01-01' }],
      version: 2,
    });
    expect(await queries.get(intellectuals)).toEqual({
      id: intellectuals,
      name: 'Hội Nữ trí thức',
      unionId: union,
      status: 'member',
      joinedOn: '2020-10-20',
      memberships: [{ joinedOn: '2020-10-20' }],
      version: 1,
    });
    expect(await queries.versionOf(smes)).toBe(2);
    expect(await queries.versionOf(randomUUID())).toBe(0);
    expect(await queries.get(unit)).toBeUndefined();
    expect(await names(union)).toEqual(['Hiệp hội Nữ doanh nhân', 'Hội Nữ trí thức']);
    expect(await names(randomUUID())).toEqual([]);
  });

  it('answers who was a member as of a date and filters by status, rejoinings included', async () => {
    const [union, back, out, later] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await projection.apply([
      joined(back, 1, { name: 'Hội A', unionId: union, joinedOn: '2019-01-01' }),
      joined(out, 1, { name: 'Hội B', unionId: union, joinedOn: '2019-06-01' }),
      left(back, 2, '2022-05-01'),
    ]);
    await projection.apply([
      joined(back, 3, { name: 'Hội A mới', unionId: union, joinedOn: '2024-01-01' }),
      left(out, 2, '2023-01-01', 'Giải thể'),
      joined(later, 1, { name: 'Hội C', unionId: union, joinedOn: '2025-07-01' }),
    ]);

    expect(await queries.get(back)).toMatchObject({
      name: 'Hội A mới',
      status: 'member',
      joinedOn: '2024-01-01',
      memberships: [{ joinedOn: '2019-01-01', leftOn: '2022-05-01' }, { joinedOn: '2024-01-01' }],
      version: 3,
    });
    expect(await queries.get(back)).not.toHaveProperty('leftOn');
    expect(await names(union, { asOf: '2018-12-31' })).toEqual([]);
    expect(await names(union, { asOf: '2019-01-01' })).toEqual(['Hội A mới']);
    expect(await names(union, { asOf: '2022-04-30' })).toEqual(['Hội A mới', 'Hội B']);
    expect(await names(union, { asOf: '2022-05-01' })).toEqual(['Hội B']);
    expect(await names(union, { asOf: '2023-01-01' })).toEqual([]);
    expect(await names(union, { asOf: '2025-07-01' })).toEqual(['Hội A mới', 'Hội C']);
    expect(await names(union, { status: 'left' })).toEqual(['Hội B']);
    expect(await names(union, { status: 'member' })).toEqual(['Hội A mới', 'Hội C']);
    expect(await names(union, { status: 'left', asOf: '2020-01-01' })).toEqual(['Hội B']);
  });

  it('lists in name order, a page at a time, also as of a date', async () => {
    const union = randomUUID();
    const all = ['Hội 3', 'hội 1', 'Hội 2', 'Hội 5', 'Hội 4'];
    await projection.apply(
      all.map((name, i) =>
        joined(randomUUID(), 1, { name, unionId: union, joinedOn: `202${i}-01-01` }),
      ),
    );
    const first = await queries.list(union, { limit: 2 });
    expect(first.items.map((o) => o.name)).toEqual(['hội 1', 'Hội 2']);
    const second = await queries.list(union, {
      limit: 2,
      after: decodeMemberOrganisationCursor(first.nextCursor ?? ''),
    });
    expect(second.items.map((o) => o.name)).toEqual(['Hội 3', 'Hội 4']);
    const third = await queries.list(union, {
      limit: 2,
      after: decodeMemberOrganisationCursor(second.nextCursor ?? ''),
    });
    expect(third).toEqual({ items: [expect.objectContaining({ name: 'Hội 5' })] });

    // As of 2022: joined in 2020, 2021, 2022 (Hội 3, hội 1, Hội 2).
    const asOf = await queries.list(union, { limit: 2, asOf: '2022-06-01' });
    expect(asOf.items.map((o) => o.name)).toEqual(['hội 1', 'Hội 2']);
    const rest = await queries.list(union, {
      limit: 2,
      asOf: '2022-06-01',
      after: decodeMemberOrganisationCursor(asOf.nextCursor ?? ''),
    });
    expect(rest).toEqual({ items: [expect.objectContaining({ name: 'Hội 3' })] });
    expect(decodeMemberOrganisationCursor('not a cursor')).toBeUndefined();
  });
});
