// Test support for this lib's unit tests (not exported): the handlers on in-memory stores.
import { memberDecider, type BranchFacts } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  InMemoryEventStore,
  MemoryReservations,
} from '@vwu/platform-event-sourcing';
import {
  BlindIndex,
  LocalMasterKey,
  MemoryDataKeys,
  PersonalDataVault,
} from '@vwu/platform-personal-data';
import { randomBytes, randomUUID } from 'node:crypto';
import { AdmitMemberCommand } from '../admit-member/admit-member.command';
import { AdmitMemberHandler } from '../admit-member/admit-member.handler';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import type { PersonalFields } from '../personal-fields';
import { BranchDirectory } from '../ports';

export const CITY = '00000000-0000-4000-8000-000000000001';
export const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
export const OTHER_WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a2';
export const BRANCH = 'b0000000-0000-4000-8000-000000000005';
export const OTHER_BRANCH = 'b0000000-0000-4000-8000-000000000007';
/** Women's groups (tổ phụ nữ) of BRANCH and of OTHER_BRANCH. */
export const GROUP = 'c0000000-0000-4000-8000-00000000005a';
export const OTHER_GROUP = 'c0000000-0000-4000-8000-00000000007a';

/** Every unit id is a branch (under WARD for BRANCH, else OTHER_WARD), but the two groups. */
class MapBranches extends BranchDirectory {
  facts(unitId: string): Promise<BranchFacts> {
    const branch = unitId === GROUP ? BRANCH : unitId === OTHER_GROUP ? OTHER_BRANCH : undefined;
    const ward = (branch ?? unitId) === BRANCH ? WARD : OTHER_WARD;
    const kind = branch ? 'group' : 'branch';
    const ancestorIds = branch ? [CITY, ward, branch] : [CITY, ward];
    return Promise.resolve({ unitId, kind, ancestorIds, active: true });
  }

  nameOf(unitId: string): Promise<string | undefined> {
    return Promise.resolve(unitId === BRANCH ? 'Chi hội tổ dân phố 5' : undefined);
  }
}

export const officer = (scopeUnitId: string, roles = ['member-officer']): Actor => ({
  userId: 'officer-1',
  roles,
  scopeUnitId,
  correlationId: 'req-1',
});

export function membersUnderTest() {
  const store = new InMemoryEventStore();
  const reservations = new MemoryReservations();
  const keys = new MemoryDataKeys();
  const members = new MemberWorkspace(
    store,
    { handler: new CommandHandler(store, memberDecider) },
    reservations,
  );
  const personalData = new MemberPersonalData(
    new PersonalDataVault(keys, new LocalMasterKey(randomBytes(32).toString('base64'))),
    new BlindIndex(randomBytes(32).toString('base64')),
  );
  return { store, reservations, keys, members, personalData, branches: new MapBranches() };
}

export type MembersUnderTest = ReturnType<typeof membersUnderTest>;

export const HOA: PersonalFields = {
  fullName: 'Trần Thị Hoa',
  birthDate: '1985-11-02',
  nationalId: '001185098765',
  phone: '0987654321',
};

/** Admits her (by an officer of the branch's ward) and returns her id. */
export async function admitted(
  t: MembersUnderTest,
  personal: PersonalFields = HOA,
  branchId = BRANCH,
): Promise<string> {
  const id = randomUUID();
  const input = { branchId, groupId: null, admittedOn: '2024-01-10', specialGroups: [], personal };
  const scope = branchId === BRANCH ? WARD : OTHER_WARD;
  await new AdmitMemberHandler(t.members, t.personalData, t.branches).execute(
    new AdmitMemberCommand(input, officer(scope), id),
  );
  return id;
}
