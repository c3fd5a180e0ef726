import { isCalendarDate, type CalendarDate } from '@vwu/platform-decider';
import type { BranchFacts, GroupFacts } from './member.commands';
import {
  GroupNotInBranchError,
  InvalidMemberInputError,
  MemberErasedError,
  MemberNotActiveError,
  MemberNotFoundError,
  NotABranchError,
  OutOfOrderError,
} from './member.errors';
import type { MemberRecord, MemberState } from './member.state';

export function requireDate(text: string, field: string): CalendarDate {
  if (!isCalendarDate(text))
    throw new InvalidMemberInputError(
      `${field} phải là ngày dạng YYYY-MM-DD — ${field} must be a date YYYY-MM-DD`,
    );
  return text;
}

export function requireRecord(state: MemberState, memberId: string): MemberRecord {
  if (state.status === 'not-admitted') throw new MemberNotFoundError(memberId);
  return state;
}

/** An active member, not erased: what most commands act on. */
export function requireActive(state: MemberState, memberId: string): MemberRecord {
  const member = requireRecord(state, memberId);
  if (member.status !== 'active') throw new MemberNotActiveError(memberId, member.status);
  if (member.erased) throw new MemberErasedError(memberId);
  return member;
}

/** Changes of place or status never go back before the last one. */
export function requireInOrder(member: MemberRecord, on: CalendarDate): void {
  if (on < member.lastChangeOn) throw new OutOfOrderError(on, member.lastChangeOn);
}

export function requireBranch(branch: BranchFacts): void {
  if (!branch.active || branch.kind !== 'branch') throw new NotABranchError(branch.unitId);
}

export function requireNotFuture(on: CalendarDate, today: CalendarDate, field: string): void {
  if (on > today)
    throw new InvalidMemberInputError(
      `${field} ${on} là ngày trong tương lai — ${field} ${on} is in the future`,
    );
}

/**
 * Her women's group (tổ phụ nữ), if any, is an active group of her branch as the units are now;
 * its id for the event.
 */
export function requireGroupOf(group: GroupFacts | null, branchId: string): string | null {
  if (group === null) return null;
  if (!isGroupOf(group, branchId)) throw new GroupNotInBranchError(group.unitId, branchId);
  return group.unitId;
}

/** An active women's group whose parent, now, is the branch. */
export function isGroupOf(group: GroupFacts, branchId: string): boolean {
  return group.active && group.kind === 'group' && group.ancestorIds.at(-1) === branchId;
}
