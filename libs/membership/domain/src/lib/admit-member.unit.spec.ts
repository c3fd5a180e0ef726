import { deciderSpec } from '@vwu/platform-testing';
import { memberDecider } from './member.decider';
import {
  GroupNotInBranchError,
  InvalidMemberInputError,
  MemberAlreadyAdmittedError,
  MemberErasedError,
  MemberNotActiveError,
  MemberNotFoundError,
  NotABranchError,
  OutOfOrderError,
  UnderAgeError,
} from './member.errors';
import type { MemberEvent } from './member.events';
import {
  admit,
  admitted,
  BRANCH_5,
  BRANCH_7,
  branch,
  group,
  GROUP_5A,
  GROUP_7A,
  MEMBER,
  SEALED,
} from './testing/member-fixtures';

const spec = deciderSpec(memberDecider);
const left: MemberEvent = {
  type: 'MembershipEnded',
  data: {
    memberId: MEMBER,
    end: 'left',
    reason: 'moved-away',
    branchId: BRANCH_5.unitId,
    on: '2024-09-01',
  },
};

describe('admitting a member (kết nạp)', () => {
  it('admits a woman of 18 or more into an active branch, keeping her birth year only', () => {
    spec
      .given([])
      .when(admit({ specialGroups: ['young', 'migrant', 'young'] }))
      .then([
        {
          type: 'MemberAdmitted',
          data: { ...admitted.data, specialGroups: ['young', 'migrant'], personal: SEALED },
        },
      ]);
  });

  it('counts the age on the day of admission: 18 on her birthday, not the day before', () => {
    spec
      .given([])
      .when(admit({ birthDate: '2006-03-08' }))
      .then([{ type: 'MemberAdmitted', data: { ...admitted.data, birthYear: 2006 } }]);
    spec
      .given([])
      .when(admit({ birthDate: '2006-03-09' }))
      .thenThrows(UnderAgeError, { code: 'membership.under-age' });
  });

  it('refuses a unit that is not an active branch, an unknown special group, a date to come', () => {
    spec
      .given([])
      .when(admit({ branch: { ...BRANCH_5, kind: 'group' } }))
      .thenThrows(NotABranchError);
    spec
      .given([])
      .when(admit({ branch: branch(BRANCH_5.unitId, undefined, false) }))
      .thenThrows(NotABranchError);
    spec
      .given([])
      .when(admit({ specialGroups: ['elderly', 'astronaut' as 'elderly'] }))
      .thenThrows(InvalidMemberInputError, { code: 'membership.invalid' });
    spec
      .given([])
      .when(admit({ admittedOn: '2025-01-02' }))
      .thenThrows(InvalidMemberInputError);
    spec
      .given([])
      .when(admit({ birthDate: '1990-02-30' }))
      .thenThrows(InvalidMemberInputError);
  });

  it('puts her in a women’s group of her own branch only, as the units are now', () => {
    spec
      .given([])
      .when(admit({ group: GROUP_5A }))
      .then([{ type: 'MemberAdmitted', data: { ...admitted.data, groupId: GROUP_5A.unitId } }]);
    // A group of another branch, a closed (merged, dissolved) group, a unit of another kind.
    for (const wrong of [
      GROUP_7A,
      group(GROUP_5A.unitId, BRANCH_5, false),
      group(GROUP_5A.unitId, BRANCH_5, true, 'branch'),
      { ...GROUP_5A, ancestorIds: BRANCH_5.ancestorIds },
    ])
      spec
        .given([])
        .when(admit({ group: wrong }))
        .thenThrows(GroupNotInBranchError, { code: 'membership.group-not-in-branch' });
  });

  it('admits a member id once', () => {
    spec
      .given([admitted])
      .when(admit())
      .thenThrows(MemberAlreadyAdmittedError, { code: 'membership.member-exists' });
  });
});

describe('re-admitting a member (kết nạp lại)', () => {
  const readmit = {
    type: 'ReadmitMember',
    memberId: MEMBER,
    branch: BRANCH_7,
    group: null,
    readmittedOn: '2025-02-01',
  } as const;

  it('takes back a member who left or was removed, in any active branch', () => {
    const back: MemberEvent = {
      type: 'MemberReadmitted',
      data: {
        memberId: MEMBER,
        branchId: BRANCH_7.unitId,
        ancestorIds: BRANCH_7.ancestorIds,
        groupId: null,
        readmittedOn: '2025-02-01',
      },
    };
    spec.given([admitted, left]).when(readmit).then([back]);
    const removed: MemberEvent = {
      ...left,
      data: { ...left.data, end: 'removed', reason: 'charter-breach' },
    };
    spec.given([admitted, removed]).when(readmit).then([back]);
  });

  it('takes her back into a group of the branch she rejoins, not one of her old branch', () => {
    spec
      .given([admitted, left])
      .when({ ...readmit, group: GROUP_7A })
      .then([
        {
          type: 'MemberReadmitted',
          data: {
            memberId: MEMBER,
            branchId: BRANCH_7.unitId,
            ancestorIds: BRANCH_7.ancestorIds,
            groupId: GROUP_7A.unitId,
            readmittedOn: '2025-02-01',
          },
        },
      ]);
    spec
      .given([admitted, left])
      .when({ ...readmit, group: GROUP_5A })
      .thenThrows(GroupNotInBranchError);
  });

  it('refuses an active member, one who died, one erased, an unknown one, and a date before she left', () => {
    spec.given([admitted]).when(readmit).thenThrows(MemberAlreadyAdmittedError);
    const died = {
      ...left,
      data: { ...left.data, end: 'deceased', reason: 'deceased' },
    } as MemberEvent;
    spec.given([admitted, died]).when(readmit).thenThrows(MemberNotActiveError);
    const erased: MemberEvent = {
      type: 'MemberErased',
      data: { memberId: MEMBER, erasedOn: '2024-10-01' },
    };
    spec.given([admitted, left, erased]).when(readmit).thenThrows(MemberErasedError);
    spec.given([]).when(readmit).thenThrows(MemberNotFoundError);
    spec
      .given([admitted, left])
      .when({ ...readmit, readmittedOn: '2024-08-31' })
      .thenThrows(OutOfOrderError);
  });
});
