import { randomUUID } from 'node:crypto';
import { JoinClubCommand } from '../join-club/join-club.command';
import { JoinClubHandler } from '../join-club/join-club.handler';
import { RenameClubCommand } from '../rename-club/rename-club.command';
import { RenameClubHandler } from '../rename-club/rename-club.handler';
import { clubsUnderTest } from '../testing/clubs-under-test';
import { BRANCH, CITY, OTHER_WARD, officer, WARD } from '../testing/members-under-test';
import { GetClubHandler } from './get-club.handler';
import { GetClubQuery } from './get-club.query';

describe('reading a club', () => {
  it('reads it from its stream, members by id only, in the scope of its unit', async () => {
    const t = await clubsUnderTest();
    const get = new GetClubHandler(t.clubs);
    const lan = await t.admit();
    await new JoinClubHandler(t.clubs, t.members).execute(
      new JoinClubCommand(t.club, { memberId: lan, joinedOn: '2024-03-01' }, officer(WARD)),
    );
    await new RenameClubHandler(t.clubs).execute(
      new RenameClubCommand(t.club, 'CLB Gia đình trẻ số 5', officer(WARD)),
    );
    const read = await get.execute(new GetClubQuery(t.club, officer(WARD, ['viewer'])));
    expect(read).toEqual({
      id: t.club,
      unitId: BRANCH,
      ancestorIds: [CITY, WARD],
      name: 'CLB Gia đình trẻ số 5',
      type: 'young-families',
      typeLabel: 'CLB gia đình trẻ — Young families club',
      status: 'open',
      foundedOn: '2024-01-15',
      dissolvedOn: null,
      memberCount: 1,
      memberIds: [lan],
      version: 3,
    });
    expect(JSON.stringify(read)).not.toContain('Trần');
    await expect(get.execute(new GetClubQuery(t.club, officer(OTHER_WARD)))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    await expect(get.execute(new GetClubQuery(randomUUID(), officer(WARD)))).rejects.toMatchObject({
      code: 'membership.club-not-found',
    });
  });
});
