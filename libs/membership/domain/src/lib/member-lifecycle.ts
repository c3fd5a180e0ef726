import { unreachable } from '@vwu/platform-decider';
import type {
  EndMembership,
  EraseMember,
  MemberCommand,
  RecogniseExemplary,
  RecordPartyStep,
} from './member.commands';
import { InvalidMemberInputError, MemberStillActiveError, PartyStepError } from './member.errors';
import type {
  MemberErased,
  MemberEvent,
  MemberRecognisedExemplary,
  MembershipEnded,
  PartyStepRecorded,
} from './member.events';
import type { MemberState } from './member.state';
import { LEAVE_REASONS } from './member.values';
import { requireActive, requireDate, requireInOrder, requireRecord } from './member-guards';

/** The end of a membership, the Party's steps, recognitions and erasure. */
export type LifecycleCommand = EndMembership | RecordPartyStep | RecogniseExemplary | EraseMember;

const LIFECYCLE: Readonly<Record<LifecycleCommand['type'], true>> = {
  EndMembership: true,
  RecordPartyStep: true,
  RecogniseExemplary: true,
  EraseMember: true,
};

export function isLifecycleCommand(command: MemberCommand): command is LifecycleCommand {
  return Object.hasOwn(LIFECYCLE, command.type);
}

export function decideLifecycle(
  command: LifecycleCommand,
  state: MemberState,
): readonly MemberEvent[] {
  switch (command.type) {
    case 'EndMembership':
      return endMembership(command, state);
    case 'RecordPartyStep':
      return recordPartyStep(command, state);
    case 'RecogniseExemplary':
      return recogniseExemplary(command, state);
    case 'EraseMember':
      return eraseMember(command, state);
    default:
      return unreachable(command);
  }
}

/** Left, deceased or removed: only an active member's membership ends. */
export function endMembership(
  command: EndMembership,
  state: MemberState,
): readonly MembershipEnded[] {
  const member = requireActive(state, command.memberId);
  const on = requireDate(command.on, 'on');
  requireInOrder(member, on);
  if (!LEAVE_REASONS.includes(command.reason))
    throw new InvalidMemberInputError(
      `lý do không có trong danh mục: ${command.reason} — unknown reason: ${command.reason}`,
    );
  const { memberId, end, reason } = command;
  return [
    { type: 'MembershipEnded', data: { memberId, end, reason, branchId: member.branchId, on } },
  ];
}

const PARTY_STEP_VI = { introduced: 'Việc giới thiệu đảng viên', admitted: 'Việc kết nạp Đảng' };

/**
 * Giới thiệu đảng viên, then kết nạp Đảng (not before the introduction). The same step on the
 * same day again decides nothing; on another day it is a conflict.
 */
export function recordPartyStep(
  command: RecordPartyStep,
  state: MemberState,
): readonly PartyStepRecorded[] {
  const member = requireActive(state, command.memberId);
  const on = requireDate(command.on, 'on');
  const { introducedOn, admittedOn } = member.party;
  const already = command.step === 'introduced' ? introducedOn : admittedOn;
  if (already === on) return [];
  if (already !== null)
    throw new PartyStepError(
      `${PARTY_STEP_VI[command.step]} đã được ghi nhận ngày ${already} — the member was ${command.step} on ${already} already`,
    );
  if (command.step === 'admitted' && (introducedOn === null || on < introducedOn))
    throw new PartyStepError(
      'chỉ kết nạp Đảng sau khi đã giới thiệu đảng viên — a member is admitted to the Party only after her introduction',
    );
  return [
    { type: 'PartyStepRecorded', data: { memberId: member.memberId, step: command.step, on } },
  ];
}

/** Once per year and title. */
export function recogniseExemplary(
  command: RecogniseExemplary,
  state: MemberState,
): readonly MemberRecognisedExemplary[] {
  const member = requireActive(state, command.memberId);
  const title = command.title.trim();
  if (title === '' || title.length > 200)
    throw new InvalidMemberInputError(
      'danh hiệu có từ 1 đến 200 ký tự — the title has 1 to 200 characters',
    );
  if (member.recognitions.includes(`${command.year}:${title}`)) return [];
  return [
    {
      type: 'MemberRecognisedExemplary',
      data: { memberId: member.memberId, year: command.year, title },
    },
  ];
}

/**
 * Once her membership has ended (left, deceased, removed): erasing an active member would leave
 * her counted with no data and free her national ID number for a second admission (ADR 0005).
 * A second request decides nothing (the key is gone already).
 */
export function eraseMember(command: EraseMember, state: MemberState): readonly MemberErased[] {
  const member = requireRecord(state, command.memberId);
  if (member.erased) return [];
  if (member.status === 'active') throw new MemberStillActiveError(member.memberId);
  const erasedOn = requireDate(command.erasedOn, 'erasedOn');
  return [{ type: 'MemberErased', data: { memberId: member.memberId, erasedOn } }];
}
