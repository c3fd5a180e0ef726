import { deciderSpec } from '@vwu/platform-testing';
import { memberDecider } from './member.decider';
import type { RecordFee } from './member.commands';
import {
  FeeAlreadyRecordedError,
  GroupNotInBranchError,
  InvalidMemberInputError,
  MemberErasedError,
  MemberNotActiveError,
  NotABranchError,
  OutOfOrderError,
  SameBranchError,
} from './member.errors';
import type { MemberEvent } from './member.events';
import {
  admitted,
  BRANCH_5,
  BRANCH_7,
  branch,
  GROUP_5A,
  GROUP_7A,
  group,
  MEMBER,
} from './testing/member-fixtures';

const spec = deciderSpec(memberDecider);
const fee = (year: number, outcome: RecordFee['outcome']): RecordFee => ({
  type: 'RecordFee',
  memberId: MEMBER,
  year,
  outcome,
  today: '2025-06-01',
});
const paid2024: MemberEvent = {
  type: 'FeePaid',
  data: { memberId: MEMBER, year: 2024, amount: 12_000, paidOn: '2024-04-01' },
};
const erased: MemberEvent = {
  type: 'MemberErased',
  data: { memberId: MEMBER, erasedOn: '2025-01-01' },
};

describe('the annual fee (hội phí)', () => {
  it('records a year once: paid with an amount, or waived with a reason', () => {
    spec
      .given([admitted])
      .when(fee(2024, { paid: true, amount: 12_000, paidOn: '2024-04-01' }))
      .then([paid2024]);
    spec
      .given([admitted])
      .when(fee(2025, { paid: false, reason: ' Hoàn cảnh khó khăn ' }))
      .then([
        { type: 'FeeWaived', data: { memberId: MEMBER, year: 2025, reason: 'Hoàn cảnh khó khăn' } },
      ]);
    spec
      .given([admitted, paid2024])
      .when(fee(2024, { paid: false, reason: 'Ốm đau' }))
      .thenThrows(FeeAlreadyRecordedError, { code: 'membership.fee-recorded' });
  });

  it('refuses a year outside her membership, a waiver without a reason, a bad amount or day', () => {
    const ok = { paid: true, amount: 12_000, paidOn: '2025-01-10' } as const;
    spec.given([admitted]).when(fee(2023, ok)).thenThrows(InvalidMemberInputError);
    spec.given([admitted]).when(fee(2027, ok)).thenThrows(InvalidMemberInputError);
    spec
      .given([admitted])
      .when(fee(2025, { paid: false, reason: '  ' }))
      .thenThrows(InvalidMemberInputError);
    spec
      .given([admitted])
      .when(fee(2025, { ...ok, amount: -1 }))
      .thenThrows(InvalidMemberInputError);
    spec
      .given([admitted])
      .when(fee(2025, { ...ok, amount: 1.5 }))
      .thenThrows(InvalidMemberInputError);
    spec
      .given([admitted])
      .when(fee(2025, { ...ok, paidOn: '2025-06-02' }))
      .thenThrows(InvalidMemberInputError);
  });
});

describe('transfers (chuyển sinh hoạt)', () => {
  const transfer = {
    type: 'TransferMember',
    memberId: MEMBER,
    to: BRANCH_7,
    group: GROUP_7A,
    transferredOn: '2025-02-01',
  } as const;

  it('moves her to an active branch elsewhere, with both places in the event', () => {
    spec
      .given([admitted])
      .when(transfer)
      .then([
        {
          type: 'MemberTransferred',
          data: {
            memberId: MEMBER,
            fromBranchId: BRANCH_5.unitId,
            fromAncestorIds: BRANCH_5.ancestorIds,
            toBranchId: BRANCH_7.unitId,
            ancestorIds: BRANCH_7.ancestorIds,
            groupId: GROUP_7A.unitId,
            transferredOn: '2025-02-01',
          },
        },
      ]);
  });

  it('clears her group, or puts her in a group of the receiving branch, never another', () => {
    const inGroup = { ...admitted, data: { ...admitted.data, groupId: GROUP_5A.unitId } };
    spec
      .given([inGroup])
      .when({ ...transfer, group: null })
      .then([
        {
          type: 'MemberTransferred',
          data: {
            memberId: MEMBER,
            fromBranchId: BRANCH_5.unitId,
            fromAncestorIds: BRANCH_5.ancestorIds,
            toBranchId: BRANCH_7.unitId,
            ancestorIds: BRANCH_7.ancestorIds,
            groupId: null,
            transferredOn: '2025-02-01',
          },
        },
      ]);
    spec
      .given([inGroup])
      .when({ ...transfer, group: GROUP_5A })
      .thenThrows(GroupNotInBranchError, { code: 'membership.group-not-in-branch' });
    spec
      .given([inGroup])
      .when({ ...transfer, group: group(GROUP_7A.unitId, BRANCH_7, false) })
      .thenThrows(GroupNotInBranchError);
  });

  it('refuses her own branch, a closed branch, a date before her last change, a member who left', () => {
    spec
      .given([admitted])
      .when({ ...transfer, to: BRANCH_5 })
      .thenThrows(SameBranchError);
    spec
      .given([admitted])
      .when({ ...transfer, to: branch(BRANCH_7.unitId, undefined, false) })
      .thenThrows(NotABranchError);
    spec
      .given([admitted])
      .when({ ...transfer, transferredOn: '2024-03-07' })
      .thenThrows(OutOfOrderError);
    const left: MemberEvent = {
      type: 'MembershipEnded',
      data: {
        memberId: MEMBER,
        end: 'left',
        reason: 'personal',
        branchId: BRANCH_5.unitId,
        on: '2024-12-01',
      },
    };
    spec
      .given([admitted, left])
      .when(transfer)
      .thenThrows(MemberNotActiveError, { code: 'membership.member-not-active' });
  });
});

describe('groups and special groups', () => {
  it('assigns a women’s group of her branch; the same one again decides nothing', () => {
    const assign = { type: 'AssignMemberToGroup', memberId: MEMBER, group: GROUP_5A } as const;
    const assigned: MemberEvent = {
      type: 'MemberAssignedToGroup',
      data: { memberId: MEMBER, groupId: GROUP_5A.unitId, previousGroupId: null },
    };
    spec.given([admitted]).when(assign).then([assigned]);
    spec.given([admitted, assigned]).when(assign).thenNothing();
    spec
      .given([admitted, assigned])
      .when({ ...assign, group: null })
      .then([
        {
          type: 'MemberAssignedToGroup',
          data: { memberId: MEMBER, groupId: null, previousGroupId: GROUP_5A.unitId },
        },
      ]);
  });

  it('refuses a group of another branch, or one that moved away or closed', () => {
    const assign = { type: 'AssignMemberToGroup', memberId: MEMBER, group: GROUP_7A } as const;
    spec.given([admitted]).when(assign).thenThrows(GroupNotInBranchError);
    spec
      .given([admitted])
      .when({ ...assign, group: group(GROUP_5A.unitId, BRANCH_7) })
      .thenThrows(GroupNotInBranchError);
    spec
      .given([admitted])
      .when({ ...assign, group: group(GROUP_5A.unitId, BRANCH_5, false) })
      .thenThrows(GroupNotInBranchError);
  });

  it('tags and untags a special group, each once', () => {
    const tag = { type: 'TagSpecialGroup', memberId: MEMBER, group: 'elderly' } as const;
    const tagged: MemberEvent = {
      type: 'SpecialGroupTagged',
      data: { memberId: MEMBER, group: 'elderly' },
    };
    spec.given([admitted]).when(tag).then([tagged]);
    spec.given([admitted, tagged]).when(tag).thenNothing();
    spec
      .given([admitted, tagged])
      .when({ ...tag, type: 'UntagSpecialGroup' })
      .then([{ type: 'SpecialGroupUntagged', data: { memberId: MEMBER, group: 'elderly' } }]);
    spec
      .given([admitted])
      .when({ ...tag, type: 'UntagSpecialGroup' })
      .thenNothing();
    spec
      .given([admitted])
      .when({ ...tag, group: 'pilot' as 'elderly' })
      .thenThrows(InvalidMemberInputError);
  });

  it('takes no new personal data for an erased member', () => {
    spec
      .given([admitted, erased])
      .when({ type: 'UpdateMemberContact', memberId: MEMBER, personal: 'v1.key-2.x.y' })
      .thenThrows(MemberErasedError, { code: 'membership.member-erased' });
  });
});
