import { lastCommit } from '@vwu/platform-testing';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { EraseMemberCommand } from '../erase-member/erase-member.command';
import { EraseMemberHandler } from '../erase-member/erase-member.handler';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { GetMemberQuery } from '../get-member/get-member.query';
import {
  admitted,
  HOA,
  membersUnderTest,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { UpdateMemberContactCommand } from './update-member-contact.command';
import { UpdateMemberContactHandler } from './update-member-contact.handler';

async function setup() {
  const t = membersUnderTest();
  const contact = new UpdateMemberContactHandler(t.members, t.personalData);
  const get = new GetMemberHandler(t.members, t.personalData);
  return { ...t, contact, get, id: await admitted(t) };
}

const phone = { phone: '0911000111' };

describe('updating her contact details', () => {
  it('updates her contact details sealed, keeping her name and number', async () => {
    const t = await setup();
    expect(
      await t.contact.execute(new UpdateMemberContactCommand(t.id, phone, officer(WARD))),
    ).toEqual({ id: t.id, version: 2 });
    const sealed = (await t.members.load(t.id)).sealed;
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.id,
      events: [{ type: 'MemberContactUpdated', data: { memberId: t.id, personal: sealed } }],
    });
    expect((await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).personal).toEqual({
      ...HOA,
      ...phone,
    });
    expect(JSON.stringify(await t.store.readStream(t.id))).not.toContain('0911000111');
  });

  it('refuses a role without personal data, a scope without her branch, and an erased member', async () => {
    const t = await setup();
    const update = (scope: string, roles?: string[]) =>
      t.contact.execute(new UpdateMemberContactCommand(t.id, phone, officer(scope, roles)));
    await expect(update(WARD, ['viewer'])).rejects.toMatchObject({
      code: 'auth.forbidden',
      statusCode: 403,
    });
    await expect(update(OTHER_WARD)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    const left = { end: 'left', reason: 'moved-away', on: '2024-06-01' } as const;
    await new EndMembershipHandler(t.members, t.personalData).execute(
      new EndMembershipCommand(t.id, left, officer(WARD)),
    );
    await new EraseMemberHandler(t.members, t.personalData).execute(
      new EraseMemberCommand(t.id, '2024-07-01', officer(WARD)),
    );
    await expect(update(WARD)).rejects.toMatchObject({ code: 'membership.member-erased' });
    expect(await t.store.readStream(t.id)).toHaveLength(3);
  });
});
