import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import {
  admitted,
  BRANCH,
  HOA,
  membersUnderTest,
  OTHER_BRANCH,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { EndMembershipCommand } from './end-membership.command';
import { EndMembershipHandler } from './end-membership.handler';

const left = { end: 'left', reason: 'moved-away', on: '2024-09-01' } as const;

function setup() {
  const t = membersUnderTest();
  return { ...t, end: new EndMembershipHandler(t.members, t.personalData) };
}

describe('the end of a membership', () => {
  it('appends the end of her membership in her branch and returns her stream’s version', async () => {
    const t = setup();
    const id = await admitted(t);
    expect(await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)))).toEqual({
      id,
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: id,
      events: [{ type: 'MembershipEnded', data: { memberId: id, branchId: BRANCH, ...left } }],
      actor: 'officer-1',
    });
  });

  it('frees her national ID number when she leaves: she may be admitted anew', async () => {
    const t = setup();
    const id = await admitted(t);
    await expect(
      t.end.execute(new EndMembershipCommand(id, left, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(t.reservations.held.size).toBe(1);
    await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)));
    expect(t.reservations.held.size).toBe(0);
    await expect(admitted(t, HOA, OTHER_BRANCH)).resolves.toEqual(expect.any(String));
  });

  it('refuses a member who is not there, or whose membership ended already', async () => {
    const t = setup();
    await expect(
      t.end.execute(new EndMembershipCommand(randomUUID(), left, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-not-found' });
    const id = await admitted(t);
    await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)));
    await expect(
      t.end.execute(new EndMembershipCommand(id, { ...left, on: '2024-10-01' }, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-not-active' });
    expect(await t.store.readStream(id)).toHaveLength(2);
  });
});
