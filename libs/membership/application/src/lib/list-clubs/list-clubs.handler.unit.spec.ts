import { CLUB_TYPE_CODES } from '@vwu/internal-api';
import { CLUB_TYPES } from '@vwu/membership-domain';
import { randomUUID } from 'node:crypto';
import { ClubDirectory, type ClubSummary } from '../clubs/club-workspace';
import {
  BRANCH,
  CITY,
  membersUnderTest,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { ListClubsHandler } from './list-clubs.handler';
import { ListClubsQuery } from './list-clubs.query';

class ListedClubs extends ClubDirectory {
  readonly clubs: ClubSummary[] = [];
  ofUnit(unitId: string, status?: 'open' | 'dissolved'): Promise<ClubSummary[]> {
    return Promise.resolve(
      this.clubs.filter((c) => c.unitId === unitId && (!status || c.status === status)),
    );
  }
}

describe('the clubs of a unit', () => {
  it('lists them in name order with their type labels, in scope only', async () => {
    const t = membersUnderTest();
    const directory = new ListedClubs();
    const list = new ListClubsHandler(t.branches, directory);
    const club = (name: string, status: 'open' | 'dissolved'): ClubSummary => ({
      id: randomUUID(),
      unitId: BRANCH,
      name,
      type: 'elderly-health',
      status,
      foundedOn: '2024-01-01',
      memberCount: 3,
    });
    directory.clubs.push(club('CLB Dưỡng sinh', 'open'), club('CLB Cao tuổi', 'dissolved'));
    const all = await list.execute(new ListClubsQuery(BRANCH, undefined, officer(WARD)));
    expect(all.items.map((c) => c.name)).toEqual(['CLB Cao tuổi', 'CLB Dưỡng sinh']);
    expect(all.items[0]?.typeLabel).toBe(
      'CLB phụ nữ cao tuổi chăm sóc sức khoẻ — Elderly women’s health club'.replace('’', "'"),
    );
    const open = await list.execute(new ListClubsQuery(BRANCH, 'open', officer(CITY)));
    expect(open.items).toHaveLength(1);
    await expect(
      list.execute(new ListClubsQuery(BRANCH, undefined, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
  });

  it('validates club types at the edge with the domain’s catalogue', () => {
    expect([...CLUB_TYPE_CODES]).toEqual(Object.keys(CLUB_TYPES));
  });
});
