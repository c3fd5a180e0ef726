import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { EraseMemberCommand } from '../erase-member/erase-member.command';
import { EraseMemberHandler } from '../erase-member/erase-member.handler';
import type { PersonalFields } from '../personal-fields';
import {
  admitted,
  BRANCH,
  CITY,
  HOA,
  membersUnderTest,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { MemberNameIndex, type NameEntry, type NameSearch } from './member-name-index';
import { namePrefixes } from './name-tokens';
import { SearchMembersHandler } from './search-members.handler';
import { SearchMembersQuery } from './search-members.query';

/** The directory in memory: entries under a path, found by all their tokens, in id order. */
class MemoryNameIndex extends MemberNameIndex {
  readonly entries = new Map<string, NameEntry>();
  write(entries: readonly NameEntry[], removed: readonly string[]): Promise<void> {
    for (const id of removed) this.entries.delete(id);
    for (const entry of entries) this.entries.set(entry.memberId, entry);
    return Promise.resolve();
  }
  search({ tokens, unitId, limit, after = '' }: NameSearch): Promise<string[]> {
    const found = [...this.entries.values()].filter(
      (e) =>
        e.path.includes(unitId) && e.memberId > after && tokens.every((t) => e.tokens.includes(t)),
    );
    return Promise.resolve(
      found
        .map((e) => e.memberId)
        .sort()
        .slice(0, limit),
    );
  }
}

function setup() {
  const t = membersUnderTest();
  const index = new MemoryNameIndex();
  const handler = new SearchMembersHandler(index, t.members, t.personalData, t.branches);
  const admit = async (personal: PersonalFields) => {
    const id = await admitted(t, personal);
    const tokens = namePrefixes(personal.fullName).map((p) =>
      t.personalData.index.token('name', p),
    );
    await index.write([{ memberId: id, path: [CITY, WARD, BRANCH], tokens }], []);
    return id;
  };
  const search = (name: string, scope = WARD, roles?: string[], limit = 10) =>
    handler.execute(new SearchMembersQuery({ name, unitId: BRANCH, limit }, officer(scope, roles)));
  return { ...t, index, admit, search };
}

describe('searching members by name', () => {
  it('finds her by the beginnings of her name’s words, checked against her stream', async () => {
    const t = setup();
    const hoa = await t.admit(HOA);
    await t.admit({ ...HOA, fullName: 'Lê Thị Mai', nationalId: '001185000002' });
    expect(await t.search('trần hoa')).toEqual({
      items: [
        { id: hoa, status: 'active', branchId: BRANCH, birthYear: 1985, fullName: HOA.fullName },
      ],
    });
    expect((await t.search('thị', WARD, undefined, 1)).nextCursor).toEqual(expect.any(String));
  });

  it('refuses a role without personal data and a unit out of scope', async () => {
    const t = setup();
    await t.admit(HOA);
    await expect(t.search('hoa', WARD, ['viewer'])).rejects.toMatchObject({
      code: 'auth.forbidden',
      statusCode: 403,
    });
    await expect(t.search('hoa', OTHER_WARD)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
  });

  it('never shows an erased member, even while her directory entry is still there', async () => {
    const t = setup();
    const hoa = await t.admit(HOA);
    const left = { end: 'left', reason: 'moved-away', on: '2024-06-01' } as const;
    await new EndMembershipHandler(t.members, t.personalData).execute(
      new EndMembershipCommand(hoa, left, officer(WARD)),
    );
    await new EraseMemberHandler(t.members, t.personalData).execute(
      new EraseMemberCommand(hoa, '2024-07-01', officer(WARD)),
    );
    expect(t.index.entries.has(hoa)).toBe(true);
    expect(await t.search('hoa')).toEqual({ items: [] });
  });
});
