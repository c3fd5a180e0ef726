import { CLUB_TYPE_CODES } from '@vwu/internal-api';
import { CLUB_TYPES, clubDecider } from '@vwu/membership-domain';
import { CommandHandler } from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import { AdmitMemberCommand } from '../admit-member/admit-member.command';
import { AdmitMemberHandler } from '../admit-member/admit-member.handler';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import {
  BRANCH,
  CITY,
  membersUnderTest,
  OTHER_BRANCH,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { DissolveClubCommand } from '../dissolve-club/dissolve-club.command';
import { DissolveClubHandler } from '../dissolve-club/dissolve-club.handler';
import { FoundClubCommand } from '../found-club/found-club.command';
import { FoundClubHandler } from '../found-club/found-club.handler';
import { GetClubHandler } from '../get-club/get-club.handler';
import { GetClubQuery } from '../get-club/get-club.query';
import { JoinClubCommand } from '../join-club/join-club.command';
import { JoinClubHandler } from '../join-club/join-club.handler';
import { LeaveClubCommand } from '../leave-club/leave-club.command';
import { LeaveClubHandler } from '../leave-club/leave-club.handler';
import { ListClubsHandler } from '../list-clubs/list-clubs.handler';
import { ListClubsQuery } from '../list-clubs/list-clubs.query';
import { RenameClubCommand } from '../rename-club/rename-club.command';
import { RenameClubHandler } from '../rename-club/rename-club.handler';
import { ClubDirectory, ClubWorkspace, type ClubSummary } from './club-workspace';

class ListedClubs extends ClubDirectory {
  readonly clubs: ClubSummary[] = [];
  ofUnit(unitId: string, status?: 'open' | 'dissolved'): Promise<ClubSummary[]> {
    return Promise.resolve(
      this.clubs.filter((c) => c.unitId === unitId && (!status || c.status === status)),
    );
  }
}

function setup() {
  const t = membersUnderTest();
  const clubs = new ClubWorkspace(t.store, { handler: new CommandHandler(t.store, clubDecider) });
  const directory = new ListedClubs();
  const admitHandler = new AdmitMemberHandler(t.members, t.personalData, t.branches);
  let n = 0;
  const admit = async (branchId = BRANCH, scope = WARD) => {
    const id = randomUUID();
    n += 1;
    const personal = {
      fullName: 'Trần Thị Mai',
      birthDate: '1985-02-03',
      nationalId: `0011850000${String(n).padStart(2, '0')}`,
    };
    const input = { branchId, groupId: null, admittedOn: '2024-01-02', specialGroups: [] };
    await admitHandler.execute(new AdmitMemberCommand({ ...input, personal }, officer(scope), id));
    return id;
  };
  return {
    ...t,
    admit,
    directory,
    found: new FoundClubHandler(clubs, t.branches),
    join: new JoinClubHandler(clubs, t.members),
    leave: new LeaveClubHandler(clubs),
    dissolve: new DissolveClubHandler(clubs),
    rename: new RenameClubHandler(clubs),
    get: new GetClubHandler(clubs),
    list: new ListClubsHandler(t.branches, directory),
    end: new EndMembershipHandler(t.members, t.personalData),
  };
}

const input = {
  unitId: BRANCH,
  name: 'CLB Gia đình trẻ',
  type: 'young-families',
  foundedOn: '2024-01-15',
} as const;

describe('club commands, in the scope of the club’s unit', () => {
  it('founds a club in scope only, by a role that writes members', async () => {
    const t = setup();
    const id = randomUUID();
    await expect(
      t.found.execute(new FoundClubCommand(input, officer(OTHER_WARD), id)),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    await expect(
      t.found.execute(new FoundClubCommand(input, officer(WARD, ['viewer']), id)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await t.found.execute(new FoundClubCommand(input, officer(WARD), id))).toEqual({
      id,
      version: 1,
    });
    expect((await t.store.readStream(`club-${id}`)).map((e) => e.type)).toEqual(['ClubFounded']);
  });

  it('takes active members her scope looks after, once; reads show member ids and the count', async () => {
    const t = setup();
    const club = randomUUID();
    await t.found.execute(new FoundClubCommand(input, officer(WARD), club));
    const [lan, mai] = [await t.admit(), await t.admit()];
    const far = await t.admit(OTHER_BRANCH, OTHER_WARD);
    const join = (memberId: string, scope = WARD) =>
      t.join.execute(
        new JoinClubCommand(club, { memberId, joinedOn: '2024-03-01' }, officer(scope)),
      );
    expect(await join(lan)).toEqual({ id: club, version: 2 });
    expect(await join(lan)).toEqual({ id: club, version: 2 });
    await join(mai);
    await expect(join(far)).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    await expect(join(randomUUID())).rejects.toMatchObject({ code: 'membership.member-not-found' });
    await t.end.execute(
      new EndMembershipCommand(
        far,
        { end: 'left', reason: 'personal', on: '2024-06-01' },
        officer(CITY),
      ),
    );
    await expect(join(far, CITY)).rejects.toMatchObject({ code: 'membership.member-not-active' });

    const read = await t.get.execute(new GetClubQuery(club, officer(WARD, ['viewer'])));
    expect(read).toMatchObject({
      id: club,
      unitId: BRANCH,
      ancestorIds: [CITY, WARD],
      status: 'open',
      type: 'young-families',
      typeLabel: 'CLB gia đình trẻ — Young families club',
      memberCount: 2,
      memberIds: [lan, mai],
      version: 3,
    });
    expect(JSON.stringify(read)).not.toContain('Trần');
    await expect(t.get.execute(new GetClubQuery(club, officer(OTHER_WARD)))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
  });

  it('lets her leave, renames, dissolves, and refuses joins after', async () => {
    const t = setup();
    const club = randomUUID();
    await t.found.execute(new FoundClubCommand(input, officer(WARD), club));
    const lan = await t.admit();
    const at = { memberId: lan, joinedOn: '2024-03-01', leftOn: '2024-05-01' };
    await t.join.execute(new JoinClubCommand(club, at, officer(WARD)));
    await expect(
      t.leave.execute(new LeaveClubCommand(club, at, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    await t.leave.execute(new LeaveClubCommand(club, at, officer(WARD)));
    await expect(
      t.leave.execute(new LeaveClubCommand(club, at, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.not-in-club' });
    await t.rename.execute(new RenameClubCommand(club, 'CLB Gia đình trẻ số 5', officer(WARD)));
    expect(
      await t.dissolve.execute(new DissolveClubCommand(club, '2024-12-31', officer(WARD))),
    ).toEqual({ id: club, version: 5 });
    await expect(
      t.join.execute(new JoinClubCommand(club, at, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.club-dissolved' });
    expect(await t.get.execute(new GetClubQuery(club, officer(WARD)))).toMatchObject({
      name: 'CLB Gia đình trẻ số 5',
      status: 'dissolved',
      dissolvedOn: '2024-12-31',
      memberCount: 0,
    });
    await expect(
      t.get.execute(new GetClubQuery(randomUUID(), officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.club-not-found' });
  });
});

describe('the clubs of a unit', () => {
  it('lists them in name order with their type labels, in scope only', async () => {
    const t = setup();
    const club = (name: string, status: 'open' | 'dissolved'): ClubSummary => ({
      id: randomUUID(),
      unitId: BRANCH,
      name,
      type: 'elderly-health',
      status,
      foundedOn: '2024-01-01',
      memberCount: 3,
    });
    t.directory.clubs.push(club('CLB Dưỡng sinh', 'open'), club('CLB Cao tuổi', 'dissolved'));
    const all = await t.list.execute(new ListClubsQuery(BRANCH, undefined, officer(WARD)));
    expect(all.items.map((c) => c.name)).toEqual(['CLB Cao tuổi', 'CLB Dưỡng sinh']);
    expect(all.items[0]?.typeLabel).toBe(
      'CLB phụ nữ cao tuổi chăm sóc sức khoẻ — Elderly women’s health club'.replace('’', "'"),
    );
    const open = await t.list.execute(new ListClubsQuery(BRANCH, 'open', officer(CITY)));
    expect(open.items).toHaveLength(1);
    await expect(
      t.list.execute(new ListClubsQuery(BRANCH, undefined, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
  });

  it('validates club types at the edge with the domain’s catalogue', () => {
    expect([...CLUB_TYPE_CODES]).toEqual(Object.keys(CLUB_TYPES));
  });
});
