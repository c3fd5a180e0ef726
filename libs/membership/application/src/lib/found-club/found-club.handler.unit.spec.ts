import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { CLUB_INPUT, clubsUnderTest } from '../testing/clubs-under-test';
import { BRANCH, CITY, OTHER_WARD, officer, WARD } from '../testing/members-under-test';
import { FoundClubCommand } from './found-club.command';

describe('founding a club, in the scope of the club’s unit', () => {
  it('appends its founding to its own stream, in its unit’s place in the tree', async () => {
    const t = await clubsUnderTest();
    const id = randomUUID();
    expect(await t.found.execute(new FoundClubCommand(CLUB_INPUT, officer(WARD), id))).toEqual({
      id,
      version: 1,
    });
    expect(lastCommit(t.store)).toEqual({
      streamId: `club-${id}`,
      events: [
        {
          type: 'ClubFounded',
          data: {
            clubId: id,
            unitId: BRANCH,
            ancestorIds: [CITY, WARD],
            name: 'CLB Gia đình trẻ',
            clubType: 'young-families',
            foundedOn: '2024-01-15',
          },
        },
      ],
      actor: 'officer-1',
      correlationId: 'req-1',
    });
  });

  it('founds a club in scope only, by a role that writes members, once', async () => {
    const t = await clubsUnderTest();
    const id = randomUUID();
    await expect(
      t.found.execute(new FoundClubCommand(CLUB_INPUT, officer(OTHER_WARD), id)),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await expect(
      t.found.execute(new FoundClubCommand(CLUB_INPUT, officer(WARD, ['viewer']), id)),
    ).rejects.toMatchObject({ code: 'auth.forbidden', statusCode: 403 });
    expect(await t.store.readStream(`club-${id}`)).toEqual([]);
    await expect(
      t.found.execute(new FoundClubCommand(CLUB_INPUT, officer(WARD), t.club)),
    ).rejects.toMatchObject({ code: 'membership.club-exists' });
  });
});
