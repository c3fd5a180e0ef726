import { randomUUID } from 'node:crypto';
import {
  admitted,
  HOA,
  membersUnderTest,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { GetMemberHandler } from './get-member.handler';
import { GetMemberQuery } from './get-member.query';

async function setup() {
  const t = membersUnderTest();
  const get = new GetMemberHandler(t.members, t.personalData);
  return { ...t, get, id: await admitted(t) };
}

describe('reading a member', () => {
  it('shows her personal fields in full to a membership officer, masked to a viewer', async () => {
    const t = await setup();
    expect((await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).personal).toEqual(HOA);
    expect(
      (await t.get.execute(new GetMemberQuery(t.id, officer(WARD, ['viewer'])))).personal,
    ).toEqual({
      masked: true,
      fullName: 'T*** T*** H***',
      birthYear: 1985,
      nationalId: '*********765',
      phone: '*******321',
    });
    await expect(
      t.get.execute(new GetMemberQuery(t.id, officer(WARD, ['unit-manager']))),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });

  it('refuses a scope without her branch, and a member who is not there', async () => {
    const t = await setup();
    await expect(
      t.get.execute(new GetMemberQuery(t.id, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await expect(
      t.get.execute(new GetMemberQuery(randomUUID(), officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-not-found' });
  });
});
