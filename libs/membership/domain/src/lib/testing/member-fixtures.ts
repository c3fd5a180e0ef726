import type { AdmitMember, BranchFacts, GroupFacts } from '../member.commands';
import type { MemberAdmitted } from '../member.events';

export const CITY = '00000000-0000-4000-8000-000000000001';
export const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
export const OTHER_WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a2';
export const MEMBER = '9f0c1a2b-3c4d-4e5f-8a9b-000000000001';

export function branch(unitId: string, ward = WARD, active = true): BranchFacts {
  return { unitId, kind: 'branch', ancestorIds: [CITY, ward], active };
}

export const BRANCH_5 = branch('b0000000-0000-4000-8000-000000000005');
export const BRANCH_7 = branch('b0000000-0000-4000-8000-000000000007', OTHER_WARD);

/** A women's group (tổ phụ nữ) under a branch, as the directory knows it. */
export function group(unitId: string, of: BranchFacts, active = true, kind = 'group'): GroupFacts {
  return { unitId, kind, ancestorIds: [...of.ancestorIds, of.unitId], active };
}

export const GROUP_5A = group('c0000000-0000-4000-8000-00000000005a', BRANCH_5);
export const GROUP_7A = group('c0000000-0000-4000-8000-00000000007a', BRANCH_7);

/** Sealed personal data as the application hands it over: opaque to the domain. */
export const SEALED = 'v1.key-1.bm9uY2U.Y2lwaGVydGV4dA';

export function admit(overrides: Partial<AdmitMember> = {}): AdmitMember {
  return {
    type: 'AdmitMember',
    memberId: MEMBER,
    branch: BRANCH_5,
    group: null,
    birthDate: '1990-05-17',
    admittedOn: '2024-03-08',
    specialGroups: ['young'],
    personal: SEALED,
    today: '2025-01-01',
    ...overrides,
  };
}

export const admitted: MemberAdmitted = {
  type: 'MemberAdmitted',
  data: {
    memberId: MEMBER,
    branchId: BRANCH_5.unitId,
    ancestorIds: BRANCH_5.ancestorIds,
    groupId: null,
    birthYear: 1990,
    specialGroups: ['young'],
    admittedOn: '2024-03-08',
    personal: SEALED,
  },
};
