import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import type { PersonalFields } from '../personal-fields';
import {
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
import { AdmitMemberCommand, type AdmitMemberInput } from './admit-member.command';
import { AdmitMemberHandler } from './admit-member.handler';

const lan: PersonalFields = {
  fullName: 'Nguyễn Thị Lan',
  birthDate: '1990-05-17',
  nationalId: '001190012345',
  phone: '0912345678',
  address: 'Số 5 ngõ 12 Kim Mã, Ba Đình',
};
const input = (personal: PersonalFields = lan, branchId = BRANCH): AdmitMemberInput => ({
  branchId,
  groupId: null,
  admittedOn: '2024-03-08',
  specialGroups: ['young'],
  personal,
});

function setup() {
  const t = membersUnderTest();
  return { ...t, admit: new AdmitMemberHandler(t.members, t.personalData, t.branches) };
}

describe('admitting members, with her personal data sealed and her national ID unique', () => {
  it('appends her admission to her own stream, in her branch’s place in the tree, by the officer', async () => {
    const t = setup();
    const id = randomUUID();
    await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), id));
    const sealed = (await t.members.load(id)).sealed;
    expect(lastCommit(t.store)).toEqual({
      streamId: id,
      events: [
        {
          type: 'MemberAdmitted',
          data: {
            memberId: id,
            branchId: BRANCH,
            ancestorIds: [CITY, WARD],
            groupId: null,
            birthYear: 1990,
            specialGroups: ['young'],
            admittedOn: '2024-03-08',
            personal: sealed,
          },
        },
      ],
      actor: 'officer-1',
      correlationId: 'req-1',
    });
  });

  it('admits her; the store holds her personal data only sealed, under her own key', async () => {
    const t = setup();
    const id = randomUUID();
    expect(await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), id))).toEqual({
      id,
      version: 1,
    });
    const stored = JSON.stringify(await t.store.readStream(id));
    for (const value of Object.values(lan)) expect(stored).not.toContain(value);
    expect(stored).toContain('"birthYear":1990');
    const loaded = await t.members.load(id);
    expect(await t.personalData.vault.open(id, loaded.sealed ?? '')).toEqual(lan);
    expect(JSON.stringify([...t.reservations.held.keys()])).not.toContain(lan.nationalId);
  });

  it('refuses her national ID number for a second active member anywhere, appending nothing', async () => {
    const t = setup();
    await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), randomUUID()));
    const second = randomUUID();
    await expect(
      t.admit.execute(
        new AdmitMemberCommand(input(lan, OTHER_BRANCH), officer(OTHER_WARD), second),
      ),
    ).rejects.toMatchObject({ code: 'membership.national-id-taken' });
    expect(await t.store.readStream(second)).toEqual([]);
  });

  it('refuses a group of another branch, leaving her number free; takes one of her branch', async () => {
    const t = setup();
    const id = randomUUID();
    await expect(
      t.admit.execute(
        new AdmitMemberCommand({ ...input(), groupId: OTHER_GROUP }, officer(WARD), id),
      ),
    ).rejects.toMatchObject({ code: 'membership.group-not-in-branch' });
    expect(t.reservations.held.size).toBe(0);
    expect(await t.store.readStream(id)).toEqual([]);
    await t.admit.execute(
      new AdmitMemberCommand({ ...input(), groupId: GROUP }, officer(WARD), id),
    );
    expect((await t.members.load(id)).state).toMatchObject({ groupId: GROUP });
  });

  it('refuses a branch out of scope and a woman under 18, leaving her number free', async () => {
    const t = setup();
    await expect(
      t.admit.execute(new AdmitMemberCommand(input(), officer(OTHER_WARD), randomUUID())),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await expect(
      t.admit.execute(
        new AdmitMemberCommand(
          input({ ...lan, birthDate: '2006-03-09' }),
          officer(WARD),
          randomUUID(),
        ),
      ),
    ).rejects.toMatchObject({ code: 'membership.under-age' });
    expect(t.reservations.held.size).toBe(0);
    expect(t.store.allCommits()).toEqual([]);
    await expect(
      t.admit.execute(new AdmitMemberCommand(input(), officer(CITY), randomUUID())),
    ).resolves.toMatchObject({ version: 1 });
  });
});
