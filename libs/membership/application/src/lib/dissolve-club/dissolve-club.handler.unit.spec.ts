import { lastCommit } from '@vwu/platform-testing';
import { GetClubHandler } from '../get-club/get-club.handler';
import { GetClubQuery } from '../get-club/get-club.query';
import { JoinClubCommand } from '../join-club/join-club.command';
import { JoinClubHandler } from '../join-club/join-club.handler';
import { clubsUnderTest } from '../testing/clubs-under-test';
import { OTHER_WARD, officer, WARD } from '../testing/members-under-test';
import { DissolveClubCommand } from './dissolve-club.command';
import { DissolveClubHandler } from './dissolve-club.handler';

describe('dissolving a club', () => {
  it('appends its dissolution with the members it had, in scope only, and refuses joins after', async () => {
    const t = await clubsUnderTest();
    const dissolve = new DissolveClubHandler(t.clubs);
    const join = new JoinClubHandler(t.clubs, t.members);
    const at = { memberId: await t.admit(), joinedOn: '2024-03-01' };
    await join.execute(new JoinClubCommand(t.club, at, officer(WARD)));
    await expect(
      dissolve.execute(new DissolveClubCommand(t.club, '2024-12-31', officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(
      await dissolve.execute(new DissolveClubCommand(t.club, '2024-12-31', officer(WARD))),
    ).toEqual({ id: t.club, version: 3 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: `club-${t.club}`,
      events: [
        {
          type: 'ClubDissolved',
          data: { clubId: t.club, dissolvedOn: '2024-12-31', memberCount: 1 },
        },
      ],
    });
    const other = { memberId: await t.admit(), joinedOn: '2024-03-01' };
    await expect(
      join.execute(new JoinClubCommand(t.club, other, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.club-dissolved' });
    expect(
      await new GetClubHandler(t.clubs).execute(new GetClubQuery(t.club, officer(WARD))),
    ).toMatchObject({
      status: 'dissolved',
      dissolvedOn: '2024-12-31',
    });
  });
});
