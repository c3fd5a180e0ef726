import { lastCommit } from '@vwu/platform-testing';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { GetMemberQuery } from '../get-member/get-member.query';
import {
  admitted,
  CITY,
  membersUnderTest,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { ChangeMemberCommand } from './change-member.command';
import { ChangeMemberHandler } from './change-member.handler';

const fee = {
  type: 'RecordFee',
  year: 2024,
  outcome: { paid: true, amount: 12_000, paidOn: '2024-02-01' },
  today: '2025-01-01',
} as const;

async function setup() {
  const t = membersUnderTest();
  const change = new ChangeMemberHandler(t.members);
  const get = new GetMemberHandler(t.members, t.personalData);
  return { ...t, change, get, id: await admitted(t) };
}

describe('member changes within the scope of her branch', () => {
  it('appends the change to her stream, her id on it, and returns the version', async () => {
    const t = await setup();
    expect(await t.change.execute(new ChangeMemberCommand(t.id, fee, officer(WARD)))).toEqual({
      id: t.id,
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.id,
      events: [
        {
          type: 'FeePaid',
          data: { memberId: t.id, year: 2024, amount: 12_000, paidOn: '2024-02-01' },
        },
      ],
      actor: 'officer-1',
    });
    await expect(
      t.change.execute(new ChangeMemberCommand(t.id, fee, officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.fee-recorded' });
  });

  it('records the fee and special groups within her branch’s scope', async () => {
    const t = await setup();
    await t.change.execute(new ChangeMemberCommand(t.id, fee, officer(WARD)));
    await t.change.execute(
      new ChangeMemberCommand(
        t.id,
        { type: 'TagSpecialGroup', group: 'entrepreneur' },
        officer(CITY),
      ),
    );
    expect(lastCommit(t.store).events).toEqual([
      { type: 'SpecialGroupTagged', data: { memberId: t.id, group: 'entrepreneur' } },
    ]);
    await expect(
      t.change.execute(
        new ChangeMemberCommand(
          t.id,
          { type: 'TagSpecialGroup', group: 'elderly' },
          officer(OTHER_WARD),
        ),
      ),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).toMatchObject({
      fees: { 2024: 'paid' },
      specialGroups: ['entrepreneur'],
      version: 3,
    });
  });
});
