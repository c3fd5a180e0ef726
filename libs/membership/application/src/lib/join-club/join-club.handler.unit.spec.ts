import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { GetClubHandler } from '../get-club/get-club.handler';
import { GetClubQuery } from '../get-club/get-club.query';
import { clubsUnderTest } from '../testing/clubs-under-test';
import { CITY, OTHER_BRANCH, officer, WARD } from '../testing/members-under-test';
import { JoinClubCommand } from './join-club.command';
import { JoinClubHandler } from './join-club.handler';

async function setup() {
  const t = await clubsUnderTest();
  const handler = new JoinClubHandler(t.clubs, t.members);
  const join = (memberId: string, scope = WARD) =>
    handler.execute(
      new JoinClubCommand(t.club, { memberId, joinedOn: '2024-03-01' }, officer(scope)),
    );
  return { ...t, join };
}

describe('joining a club', () => {
  it('appends her joining to the club’s stream, by member id only', async () => {
    const t = await setup();
    const lan = await t.admit();
    expect(await t.join(lan)).toEqual({ id: t.club, version: 2 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: `club-${t.club}`,
      events: [
        {
          type: 'ClubMemberJoined',
          data: { clubId: t.club, memberId: lan, joinedOn: '2024-03-01' },
        },
      ],
      actor: 'officer-1',
    });
    expect(JSON.stringify(lastCommit(t.store))).not.toContain('Trần');
  });

  it('takes active members her scope looks after, once; reads show member ids and the count', async () => {
    const t = await setup();
    const [lan, mai] = [await t.admit(), await t.admit()];
    const far = await t.admit(OTHER_BRANCH);
    expect(await t.join(lan)).toEqual({ id: t.club, version: 2 });
    expect(await t.join(lan)).toEqual({ id: t.club, version: 2 });
    await t.join(mai);
    await expect(t.join(far)).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await expect(t.join(randomUUID())).rejects.toMatchObject({
      code: 'membership.member-not-found',
    });
    await new EndMembershipHandler(t.members, t.personalData).execute(
      new EndMembershipCommand(
        far,
        { end: 'left', reason: 'personal', on: '2024-06-01' },
        officer(CITY),
      ),
    );
    await expect(t.join(far, CITY)).rejects.toMatchObject({
      code: 'membership.member-not-active',
    });
    const read = await new GetClubHandler(t.clubs).execute(
      new GetClubQuery(t.club, officer(WARD, ['viewer'])),
    );
    expect(read).toMatchObject({ memberCount: 2, memberIds: [lan, mai], version: 3 });
  });

  it('refuses a club that is not there', async () => {
    const t = await setup();
    const lan = await t.admit();
    const other = new JoinClubHandler(t.clubs, t.members);
    await expect(
      other.execute(
        new JoinClubCommand(randomUUID(), { memberId: lan, joinedOn: '2024-03-01' }, officer(WARD)),
      ),
    ).rejects.toMatchObject({ code: 'membership.club-not-found' });
  });
});
