import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { clubsUnderTest } from '../testing/clubs-under-test';
import { OTHER_WARD, officer, WARD } from '../testing/members-under-test';
import { RenameClubCommand } from './rename-club.command';
import { RenameClubHandler } from './rename-club.handler';

describe('renaming a club', () => {
  it('appends its new name in the club’s unit scope only', async () => {
    const t = await clubsUnderTest();
    const rename = new RenameClubHandler(t.clubs);
    const name = 'CLB Gia đình trẻ số 5';
    await expect(
      rename.execute(new RenameClubCommand(t.club, name, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await rename.execute(new RenameClubCommand(t.club, name, officer(WARD)))).toEqual({
      id: t.club,
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: `club-${t.club}`,
      events: [{ type: 'ClubRenamed', data: { clubId: t.club, name } }],
      actor: 'officer-1',
    });
  });

  it('refuses a club that is not there, and an empty name', async () => {
    const t = await clubsUnderTest();
    const rename = new RenameClubHandler(t.clubs);
    await expect(
      rename.execute(new RenameClubCommand(randomUUID(), 'CLB mới', officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.club-not-found' });
    await expect(
      rename.execute(new RenameClubCommand(t.club, '   ', officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.club-invalid' });
    expect(await t.store.readStream(`club-${t.club}`)).toHaveLength(1);
  });
});
