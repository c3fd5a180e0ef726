import { ageOn } from '@vwu/platform-decider';
import type { AdmitMember, ReadmitMember } from './member.commands';
import {
  InvalidMemberInputError,
  MemberAlreadyAdmittedError,
  UnderAgeError,
} from './member.errors';
import type { MemberAdmitted, MemberReadmitted } from './member.events';
import type { MemberState } from './member.state';
import { isSpecialGroup, MINIMUM_AGE } from './member.values';
import {
  requireBranch,
  requireDate,
  requireGroupOf,
  requireInOrder,
  requireNotFuture,
  requireRecord,
} from './member-guards';
import { MemberErasedError, MemberNotActiveError } from './member.errors';

/**
 * Kết nạp: a woman of 18 or more on the day, into an active branch (and a group of it, if any);
 * once per member id.
 */
export function admitMember(command: AdmitMember, state: MemberState): readonly MemberAdmitted[] {
  if (state.status !== 'not-admitted') throw new MemberAlreadyAdmittedError(command.memberId);
  const admittedOn = requireDate(command.admittedOn, 'admittedOn');
  const birthDate = requireDate(command.birthDate, 'birthDate');
  requireNotFuture(admittedOn, command.today, 'admittedOn');
  if (ageOn(birthDate, admittedOn) < MINIMUM_AGE) throw new UnderAgeError(MINIMUM_AGE, admittedOn);
  requireBranch(command.branch);
  const groupId = requireGroupOf(command.group, command.branch.unitId);
  const unknown = command.specialGroups.filter((group) => !isSpecialGroup(group));
  if (unknown.length > 0)
    throw new InvalidMemberInputError(
      `không phải nhóm đặc thù: ${unknown.join(', ')} — unknown special groups: ${unknown.join(', ')}`,
    );
  const { memberId, branch, personal } = command;
  return [
    {
      type: 'MemberAdmitted',
      data: {
        memberId,
        branchId: branch.unitId,
        ancestorIds: branch.ancestorIds,
        groupId,
        birthYear: Number(birthDate.slice(0, 4)),
        specialGroups: [...new Set(command.specialGroups)],
        admittedOn,
        personal,
      },
    },
  ];
}

/**
 * Kết nạp lại: a member who left or was removed joins again; one who died cannot, and one
 * erased on request must be admitted anew (her old record holds no personal data).
 */
export function readmitMember(
  command: ReadmitMember,
  state: MemberState,
): readonly MemberReadmitted[] {
  const member = requireRecord(state, command.memberId);
  if (member.erased) throw new MemberErasedError(member.memberId);
  if (member.status === 'active') throw new MemberAlreadyAdmittedError(member.memberId);
  if (member.status === 'deceased') throw new MemberNotActiveError(member.memberId, member.status);
  const readmittedOn = requireDate(command.readmittedOn, 'readmittedOn');
  requireInOrder(member, readmittedOn);
  requireBranch(command.branch);
  const groupId = requireGroupOf(command.group, command.branch.unitId);
  const { memberId, branch } = command;
  return [
    {
      type: 'MemberReadmitted',
      data: {
        memberId,
        branchId: branch.unitId,
        ancestorIds: branch.ancestorIds,
        groupId,
        readmittedOn,
      },
    },
  ];
}
