import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { AssignMemberGroupCommand } from '../assign-member-group/assign-member-group.command';
import { AssignMemberGroupHandler } from '../assign-member-group/assign-member-group.handler';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { GetMemberQuery } from '../get-member/get-member.query';
import {
  admitted,
  BRANCH,
  CITY,
  GROUP,
  membersUnderTest,
  OTHER_BRANCH,
  OTHER_GROUP,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { TransferMemberCommand } from './transfer-member.command';
import { TransferMemberHandler } from './transfer-member.handler';

async function setup() {
  const t = membersUnderTest();
  const transfer = new TransferMemberHandler(t.members, t.branches);
  const assign = new AssignMemberGroupHandler(t.members, t.branches);
  const get = new GetMemberHandler(t.members, t.personalData);
  return { ...t, transfer, assign, get, id: await admitted(t) };
}

const move = (groupId: string | null = null) => ({
  toBranchId: OTHER_BRANCH,
  groupId,
  transferredOn: '2025-02-01',
});

describe('transferring a member to another branch', () => {
  it('appends her transfer, from her branch’s place to the receiving one’s, and returns the version', async () => {
    const t = await setup();
    expect(
      await t.transfer.execute(new TransferMemberCommand(t.id, move(), officer(WARD))),
    ).toEqual({ id: t.id, version: 2 });
    expect(lastCommit(t.store)).toEqual({
      streamId: t.id,
      events: [
        {
          type: 'MemberTransferred',
          data: {
            memberId: t.id,
            fromBranchId: BRANCH,
            fromAncestorIds: [CITY, WARD],
            toBranchId: OTHER_BRANCH,
            ancestorIds: [CITY, OTHER_WARD],
            groupId: null,
            transferredOn: '2025-02-01',
          },
        },
      ],
      actor: 'officer-1',
      correlationId: 'req-1',
    });
  });

  it('transfers her at the sending side’s request; she then belongs to the receiving side', async () => {
    const t = await setup();
    await expect(
      t.transfer.execute(new TransferMemberCommand(t.id, move(), officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await t.transfer.execute(new TransferMemberCommand(t.id, move(), officer(WARD)));
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(OTHER_WARD)))).toMatchObject({
      branchId: OTHER_BRANCH,
      ancestorIds: [CITY, OTHER_WARD],
    });
    await expect(t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
  });

  it('puts her in a group of the new branch only: her old group stays with her old branch', async () => {
    const t = await setup();
    await t.assign.execute(new AssignMemberGroupCommand(t.id, GROUP, officer(WARD)));
    const transfer = (groupId: string | null) =>
      t.transfer.execute(new TransferMemberCommand(t.id, move(groupId), officer(WARD)));
    await expect(transfer(GROUP)).rejects.toMatchObject({
      code: 'membership.group-not-in-branch',
    });
    await transfer(OTHER_GROUP);
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(OTHER_WARD)))).toMatchObject({
      branchId: OTHER_BRANCH,
      groupId: OTHER_GROUP,
    });
  });

  it('refuses a transfer to her own branch, and a member who is not there', async () => {
    const t = await setup();
    const same = { ...move(), toBranchId: BRANCH };
    await expect(
      t.transfer.execute(new TransferMemberCommand(t.id, same, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.same-branch' });
    await expect(
      t.transfer.execute(new TransferMemberCommand(randomUUID(), move(), officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-not-found' });
    expect(await t.store.readStream(t.id)).toHaveLength(1);
  });
});
