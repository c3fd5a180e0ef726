import { randomUUID } from 'node:crypto';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { EraseMemberCommand } from '../erase-member/erase-member.command';
import { EraseMemberHandler } from '../erase-member/erase-member.handler';
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
import { ReadmitMemberCommand } from '../readmit-member/readmit-member.command';
import { ReadmitMemberHandler } from '../readmit-member/readmit-member.handler';
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
  const admit = new AdmitMemberHandler(t.members, t.personalData, t.branches);
  const end = new EndMembershipHandler(t.members, t.personalData);
  const erase = new EraseMemberHandler(t.members, t.personalData);
  return { ...t, admit, end, erase };
}

describe('admitting members, with her personal data sealed and her national ID unique', () => {
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
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
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
    await expect(
      t.admit.execute(new AdmitMemberCommand(input(), officer(CITY), randomUUID())),
    ).resolves.toMatchObject({ version: 1 });
  });
});

describe('the end of a membership and erasure', () => {
  it('frees her national ID number when she leaves: she may be admitted anew', async () => {
    const t = setup();
    const id = randomUUID();
    await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), id));
    const left = { end: 'left', reason: 'moved-away', on: '2024-09-01' } as const;
    await expect(
      t.end.execute(new EndMembershipCommand(id, left, officer(OTHER_WARD))),
    ).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
    await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)));
    expect(t.reservations.held.size).toBe(0);
    await expect(
      t.admit.execute(
        new AdmitMemberCommand(input(lan, OTHER_BRANCH), officer(OTHER_WARD), randomUUID()),
      ),
    ).resolves.toMatchObject({ version: 1 });
  });

  it('refuses to erase an active member, shredding nothing and keeping her number', async () => {
    const t = setup();
    const id = randomUUID();
    await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), id));
    await expect(
      t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD))),
    ).rejects.toMatchObject({ code: 'membership.member-active', kind: 'conflict' });
    const loaded = await t.members.load(id);
    expect(loaded.version).toBe(1);
    expect(await t.personalData.vault.open(id, loaded.sealed ?? '')).toEqual(lan);
    expect(t.reservations.held.size).toBe(1);
    // Her number is still hers: she cannot be admitted (and counted) a second time.
    await expect(
      t.admit.execute(
        new AdmitMemberCommand(input(lan, OTHER_BRANCH), officer(OTHER_WARD), randomUUID()),
      ),
    ).rejects.toMatchObject({ code: 'membership.national-id-taken' });
  });

  it('keeps her key when she is re-admitted between the erasure reading her and writing', async () => {
    const t = setup();
    const readmit = new ReadmitMemberHandler(t.members, t.personalData, t.branches);
    const id = randomUUID();
    await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), id));
    const left = { end: 'left', reason: 'moved-away', on: '2024-09-01' } as const;
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
    expect(await t.personalData.vault.open(id, now.sealed ?? '')).toEqual(lan);
    expect(t.reservations.held.size).toBe(1);
  });

  it('erases her once she has left: nothing opens any more, a repeat finishes and changes nothing', async () => {
    const t = setup();
    const id = randomUUID();
    await t.admit.execute(new AdmitMemberCommand(input(), officer(WARD), id));
    const left = { end: 'left', reason: 'moved-away', on: '2024-09-01' } as const;
    await t.end.execute(new EndMembershipCommand(id, left, officer(WARD)));
    await expect(
      t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD, ['viewer']))),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    expect(await t.erase.execute(new EraseMemberCommand(id, '2025-01-01', officer(WARD)))).toEqual({
      id,
      version: 3,
    });
    const loaded = await t.members.load(id);
    expect(await t.personalData.vault.open(id, loaded.sealed ?? '')).toBeUndefined();
    expect(t.reservations.held.size).toBe(0);
    expect(await t.erase.execute(new EraseMemberCommand(id, '2025-01-02', officer(WARD)))).toEqual({
      id,
      version: 3,
    });
    expect(loaded.state).toMatchObject({ status: 'left', erased: true, birthYear: 1990 });
  });
});
