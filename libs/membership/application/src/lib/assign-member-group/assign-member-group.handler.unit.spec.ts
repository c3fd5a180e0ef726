import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import {
  admitted,
  GROUP,
  membersUnderTest,
  OTHER_GROUP,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { AssignMemberGroupCommand } from './assign-member-group.command';
import { AssignMemberGroupHandler } from './assign-member-group.handler';

async function setup() {
  const t = membersUnderTest();
  const handler = new AssignMemberGroupHandler(t.members, t.branches);
  const assign = (groupId: string | null, scope = WARD, memberId?: string) =>
    handler.execute(new AssignMemberGroupCommand(memberId ?? id, groupId, officer(scope)));
  const id = await admitted(t);
  return { ...t, assign, id };
}

describe('assigning a member to a women’s group (tổ phụ nữ) of her branch', () => {
  it('appends her assignment with the group she leaves, and returns the version', async () => {
    const t = await setup();
    expect(await t.assign(GROUP)).toEqual({ id: t.id, version: 2 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.id,
      events: [
        {
          type: 'MemberAssignedToGroup',
          data: { memberId: t.id, groupId: GROUP, previousGroupId: null },
        },
      ],
      actor: 'officer-1',
    });
    await t.assign(null);
    expect(lastCommit(t.store).events).toEqual([
      {
        type: 'MemberAssignedToGroup',
        data: { memberId: t.id, groupId: null, previousGroupId: GROUP },
      },
    ]);
  });

  it('refuses a group of another branch, a scope without her branch, and a member not there', async () => {
    const t = await setup();
    await expect(t.assign(OTHER_GROUP)).rejects.toMatchObject({
      code: 'membership.group-not-in-branch',
    });
    await expect(t.assign(GROUP, OTHER_WARD)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    await expect(t.assign(GROUP, WARD, randomUUID())).rejects.toMatchObject({
      code: 'membership.member-not-found',
    });
    expect(t.store.allCommits()).toHaveLength(1);
  });
});
