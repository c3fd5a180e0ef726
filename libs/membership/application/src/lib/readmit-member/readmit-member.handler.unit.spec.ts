import { lastCommit } from '@vwu/platform-testing';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { GetMemberQuery } from '../get-member/get-member.query';
import {
  admitted,
  BRANCH,
  CITY,
  HOA,
  membersUnderTest,
  OTHER_BRANCH,
  OTHER_GROUP,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { ReadmitMemberCommand } from './readmit-member.command';
import { ReadmitMemberHandler } from './readmit-member.handler';

const left = { end: 'left', reason: 'moved-away', on: '2024-06-01' } as const;
const back = { branchId: BRANCH, groupId: null, readmittedOn: '2025-01-05' };

async function setup() {
  const t = membersUnderTest();
  const end = new EndMembershipHandler(t.members, t.personalData);
  const readmit = new ReadmitMemberHandler(t.members, t.personalData, t.branches);
  const get = new GetMemberHandler(t.members, t.personalData);
  const id = await admitted(t);
  await end.execute(new EndMembershipCommand(id, left, officer(WARD)));
  return { ...t, end, readmit, get, id };
}

describe('re-admitting a member who left', () => {
  it('appends her re-admission in the branch’s place in the tree, holding her number again', async () => {
    const t = await setup();
    expect(await t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD)))).toEqual({
      id: t.id,
      version: 3,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.id,
      events: [
        {
          type: 'MemberReadmitted',
          data: {
            memberId: t.id,
            branchId: BRANCH,
            ancestorIds: [CITY, WARD],
            groupId: null,
            readmittedOn: '2025-01-05',
          },
        },
      ],
    });
    expect(t.reservations.held.size).toBe(1);
  });

  it('refuses a branch out of scope, and a member active already, appending nothing', async () => {
    const t = await setup();
    await expect(
      t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD)));
    await expect(
      t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-exists', kind: 'conflict' });
    expect(await t.store.readStream(t.id)).toHaveLength(3);
  });

  it('re-admits her with her number, unless another active member has taken it meanwhile', async () => {
    const t = await setup();
    const other = await admitted(t, HOA, OTHER_BRANCH);
    await expect(
      t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD))),
    ).rejects.toMatchObject({
      code: 'membership.national-id-taken',
    });
    await t.end.execute(
      new EndMembershipCommand(other, { ...left, on: '2024-12-01' }, officer(OTHER_WARD)),
    );
    await expect(
      t.readmit.execute(
        new ReadmitMemberCommand(t.id, { ...back, groupId: OTHER_GROUP }, officer(WARD)),
      ),
    ).rejects.toMatchObject({ code: 'membership.group-not-in-branch' });
    expect(await t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD)))).toEqual({
      id: t.id,
      version: 3,
    });
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).toMatchObject({
      status: 'active',
    });
  });
});
