import { lastCommit } from '@vwu/platform-testing';
import { JoinClubCommand } from '../join-club/join-club.command';
import { JoinClubHandler } from '../join-club/join-club.handler';
import { clubsUnderTest } from '../testing/clubs-under-test';
import { OTHER_WARD, officer, WARD } from '../testing/members-under-test';
import { LeaveClubCommand } from './leave-club.command';
import { LeaveClubHandler } from './leave-club.handler';

describe('leaving a club', () => {
  it('appends her leaving in the club’s unit scope only, and refuses her once gone', async () => {
    const t = await clubsUnderTest();
    const leave = new LeaveClubHandler(t.clubs);
    const lan = await t.admit();
    const at = { memberId: lan, joinedOn: '2024-03-01', leftOn: '2024-05-01' };
    await new JoinClubHandler(t.clubs, t.members).execute(
      new JoinClubCommand(t.club, at, officer(WARD)),
    );
    await expect(
      leave.execute(new LeaveClubCommand(t.club, at, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await leave.execute(new LeaveClubCommand(t.club, at, officer(WARD)))).toEqual({
      id: t.club,
      version: 3,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: `club-${t.club}`,
      events: [
        {
          type: 'ClubMemberLeft',
          data: { clubId: t.club, memberId: lan, leftOn: '2024-05-01', reason: 'left-club' },
        },
      ],
    });
    await expect(
      leave.execute(new LeaveClubCommand(t.club, at, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.not-in-club' });
    expect(await t.store.readStream(`club-${t.club}`)).toHaveLength(3);
  });
});
