// Test support for this lib's unit tests (not exported): the club handlers on in-memory stores.
import { clubDecider } from '@vwu/membership-domain';
import { CommandHandler } from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import { ClubWorkspace } from '../clubs/club-workspace';
import { FoundClubCommand } from '../found-club/found-club.command';
import { FoundClubHandler } from '../found-club/found-club.handler';
import { admitted, BRANCH, HOA, membersUnderTest, officer, WARD } from './members-under-test';

export const CLUB_INPUT = {
  unitId: BRANCH,
  name: 'CLB Gia đình trẻ',
  type: 'young-families',
  foundedOn: '2024-01-15',
} as const;

/** The members' and the clubs' streams on one store, and a club founded in BRANCH. */
export async function clubsUnderTest() {
  const t = membersUnderTest();
  const clubs = new ClubWorkspace(t.store, { handler: new CommandHandler(t.store, clubDecider) });
  const found = new FoundClubHandler(clubs, t.branches);
  const club = randomUUID();
  await found.execute(new FoundClubCommand(CLUB_INPUT, officer(WARD), club));
  let n = 0;
  /** A member admitted in the branch (BRANCH unless told), each with a number of her own. */
  const admit = (branchId = BRANCH) => {
    n += 1;
    return admitted(t, { ...HOA, nationalId: `0011850000${String(n).padStart(2, '0')}` }, branchId);
  };
  return { ...t, clubs, found, club, admit };
}
