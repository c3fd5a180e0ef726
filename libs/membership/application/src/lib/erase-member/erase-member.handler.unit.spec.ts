import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { ReadmitMemberCommand } from '../readmit-member/readmit-member.command';
import { ReadmitMemberHandler } from '../readmit-member/readmit-member.handler';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
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
import { EraseMemberCommand } from './erase-member.command';
import { EraseMemberHandler } from './erase-member.handler';

const left = { end: 'left', reason: 'moved-away', on: '2024-09-01' } as const;

function setup() {
  const t = membersUnderTest();
  const end = new EndMembershipHandler(t.members, t.personalData);
  const erase = new EraseMemberHandler(t.members, t.personalData);
  return { ...t, end, erase };
}

describe('erasure, once her membership has ended', () => {
  it('refuses to erase an active member, shredding nothing and keeping her number', async () => {
    const t = setup();
    const id = await admitted(t);
    await expect(
      t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-active', kind: 'conflict' });
    const loaded = await t.members.load(id);
    expect(loaded.version).toBe(1);
    expect(await t.personalData.vault.open(id, loaded.sealed ?? '')).toEqual(HOA);
    expect(t.reservations.held.size).toBe(1);
    // Her number is still hers: she cannot be admitted (and counted) a second time.
    await expect(admitted(t, HOA, OTHER_BRANCH)).rejects.toMatchObject({
      code: 'membership.national-id-taken',
    });
  });

  it('keeps her key when she is re-admitted between the erasure reading her and writing', async () => {
    const t = setup();
    const readmit = new ReadmitMemberHandler(t.members, t.personalData, t.branches);
    const id = await admitted(t);
    await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)));
    // The erasure reads her as ended; another officer re-admits her before it writes.
    const load = t.members.load.bind(t.members);
    let raced = false;
    t.members.load = async (memberId) => {
      const loaded = await load(memberId);
      if (!raced) {
        raced = true;
        const back = { branchId: BRANCH, groupId: null, readmittedOn: '2024-12-01' };
        await readmit.execute(new ReadmitMemberCommand(id, back, officer(WARD)));
      }
      return loaded;
    };
    await expect(
      t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-active' });
    const now = await load(id);
    expect(now.state.status).toBe('active');
    expect(await t.personalData.vault.open(id, now.sealed ?? '')).toEqual(HOA);
    expect(t.reservations.held.size).toBe(1);
  });

  it('erases her once she has left: nothing opens any more, a repeat finishes and changes nothing', async () => {
    const t = setup();
    const id = await admitted(t);
    await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)));
    await expect(
      t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD, ['viewer']))),
    ).rejects.toMatchObject({ code: 'auth.forbidden', statusCode: 403 });
    await expect(
      t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD)))).toEqual({
      id,
      version: 3,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: id,
      events: [{ type: 'MemberErased', data: { memberId: id, erasedOn: '2025-01-01' } }],
    });
    const loaded = await t.members.load(id);
    expect(await t.personalData.vault.open(id, loaded.sealed ?? '')).toBeUndefined();
    expect(t.reservations.held.size).toBe(0);
    expect(await t.erase.execute(new EraseMemberCommand(id, '2025-01-02', officer(WARD)))).toEqual({
      id,
      version: 3,
    });
    expect(loaded.state).toMatchObject({ status: 'left', erased: true, birthYear: 1985 });
  });

  it('refuses a member who is not there', async () => {
    const t = setup();
    await expect(
      t.erase.execute(new EraseMemberCommand(randomUUID(), '2025-01-01', officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-not-found' });
    expect(t.store.allCommits()).toEqual([]);
  });
});
