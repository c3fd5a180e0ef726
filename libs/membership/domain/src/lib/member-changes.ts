import { unreachable } from '@vwu/platform-decider';
import type {
  AssignMemberToGroup,
  MemberCommand,
  RecordFee,
  TagSpecialGroup,
  TransferMember,
  UntagSpecialGroup,
  UpdateMemberContact,
} from './member.commands';
import { FeeAlreadyRecordedError, InvalidMemberInputError, SameBranchError } from './member.errors';
import type {
  FeePaid,
  FeeWaived,
  MemberAssignedToGroup,
  MemberEvent,
  MemberContactUpdated,
  MemberTransferred,
  SpecialGroupTagged,
  SpecialGroupUntagged,
} from './member.events';
import type { MemberState } from './member.state';
import { isSpecialGroup } from './member.values';
import {
  requireActive,
  requireBranch,
  requireDate,
  requireGroupOf,
  requireInOrder,
  requireNotFuture,
} from './member-guards';

/** The changes to an active member's place and details. */
export type MemberChange =
  | UpdateMemberContact
  | AssignMemberToGroup
  | TagSpecialGroup
  | UntagSpecialGroup
  | RecordFee
  | TransferMember;

const CHANGES: Readonly<Record<MemberChange['type'], true>> = {
  UpdateMemberContact: true,
  AssignMemberToGroup: true,
  TagSpecialGroup: true,
  UntagSpecialGroup: true,
  RecordFee: true,
  TransferMember: true,
};

export function isMemberChange(command: MemberCommand): command is MemberChange {
  return Object.hasOwn(CHANGES, command.type);
}

export function decideMemberChange(
  command: MemberChange,
  state: MemberState,
): readonly MemberEvent[] {
  switch (command.type) {
    case 'UpdateMemberContact':
      return updateContact(command, state);
    case 'AssignMemberToGroup':
      return assignToGroup(command, state);
    case 'TagSpecialGroup':
    case 'UntagSpecialGroup':
      return tagSpecialGroup(command, state);
    case 'RecordFee':
      return recordFee(command, state);
    case 'TransferMember':
      return transferMember(command, state);
    default:
      return unreachable(command);
  }
}

export function updateContact(
  command: UpdateMemberContact,
  state: MemberState,
): readonly MemberContactUpdated[] {
  const { memberId, personal } = command;
  requireActive(state, memberId);
  return [{ type: 'MemberContactUpdated', data: { memberId, personal } }];
}

/** Into a group of her own branch; the same group again decides nothing (a repeated request). */
export function assignToGroup(
  command: AssignMemberToGroup,
  state: MemberState,
): readonly MemberAssignedToGroup[] {
  const member = requireActive(state, command.memberId);
  const groupId = requireGroupOf(command.group, member.branchId);
  if (member.groupId === groupId) return [];
  const { memberId } = command;
  return [
    { type: 'MemberAssignedToGroup', data: { memberId, groupId, previousGroupId: member.groupId } },
  ];
}

/** Tagging a group she has, or untagging one she has not, decides nothing. */
export function tagSpecialGroup(
  command: TagSpecialGroup | UntagSpecialGroup,
  state: MemberState,
): readonly (SpecialGroupTagged | SpecialGroupUntagged)[] {
  const member = requireActive(state, command.memberId);
  const group: string = command.group;
  if (!isSpecialGroup(group))
    throw new InvalidMemberInputError(
      `không phải nhóm đặc thù: ${group} — unknown special group: ${group}`,
    );
  const tagging = command.type === 'TagSpecialGroup';
  if (member.specialGroups.includes(group) === tagging) return [];
  const data = { memberId: command.memberId, group };
  return [tagging ? { type: 'SpecialGroupTagged', data } : { type: 'SpecialGroupUntagged', data }];
}

/** A fee year is one of her membership: from the year she joined to next year. */
function requireFeeYear(admittedOn: string, year: number, today: string): void {
  const [first, latest] = [Number(admittedOn.slice(0, 4)), Number(today.slice(0, 4)) + 1];
  if (!Number.isInteger(year) || year < first || year > latest)
    throw new InvalidMemberInputError(
      `năm ${year} không thuộc thời gian sinh hoạt của hội viên — the fee year ${year} is not one of her membership`,
    );
}

/** Hội phí: once per member and year, paid or waived (a correction is a later story). */
export function recordFee(
  command: RecordFee,
  state: MemberState,
): readonly (FeePaid | FeeWaived)[] {
  const member = requireActive(state, command.memberId);
  const { memberId, year, outcome } = command;
  const recorded = member.fees[year];
  if (recorded !== undefined) throw new FeeAlreadyRecordedError(year, recorded);
  requireFeeYear(member.admittedOn, year, command.today);
  if (!outcome.paid) {
    if (outcome.reason.trim() === '')
      throw new InvalidMemberInputError('miễn hội phí cần có lý do — a waiver needs a reason');
    return [{ type: 'FeeWaived', data: { memberId, year, reason: outcome.reason.trim() } }];
  }
  const paidOn = requireDate(outcome.paidOn, 'paidOn');
  requireNotFuture(paidOn, command.today, 'paidOn');
  if (!Number.isInteger(outcome.amount) || outcome.amount < 0)
    throw new InvalidMemberInputError(
      'số tiền là số nguyên đồng, từ 0 trở lên — the amount is a whole number of đồng, 0 or more',
    );
  return [{ type: 'FeePaid', data: { memberId, year, amount: outcome.amount, paidOn } }];
}

/**
 * Chuyển sinh hoạt: to another active branch, on or after her last change; into a group of that
 * branch, or none (her old group is not the new branch's).
 */
export function transferMember(
  command: TransferMember,
  state: MemberState,
): readonly MemberTransferred[] {
  const member = requireActive(state, command.memberId);
  const transferredOn = requireDate(command.transferredOn, 'transferredOn');
  requireInOrder(member, transferredOn);
  requireBranch(command.to);
  if (command.to.unitId === member.branchId) throw new SameBranchError(member.branchId);
  const groupId = requireGroupOf(command.group, command.to.unitId);
  return [
    {
      type: 'MemberTransferred',
      data: {
        memberId: member.memberId,
        fromBranchId: member.branchId,
        fromAncestorIds: member.ancestorIds,
        toBranchId: command.to.unitId,
        ancestorIds: command.to.ancestorIds,
        groupId,
        transferredOn,
      },
    },
  ];
}
