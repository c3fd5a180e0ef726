import type {
  EndMembership,
  EraseMember,
  RecogniseExemplary,
  RecordPartyStep,
} from './member.commands';
import { InvalidMemberInputError, MemberStillActiveError, PartyStepError } from './member.errors';
import type {
  MemberErased,
  MemberRecognisedExemplary,
  MembershipEnded,
  PartyStepRecorded,
} from './member.events';
import type { MemberState } from './member.state';
import { LEAVE_REASONS } from './member.values';
import { requireActive, requireDate, requireInOrder, requireRecord } from './member-guards';

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
