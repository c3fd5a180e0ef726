import { DomainError } from '@vwu/platform-decider';

// Stable codes travel to the API as the problem+json `code`. Messages are Vietnamese first, then
// English (as the problem titles are); they name ids, years and dates, never a person's name,
// birth date or national ID number.

/** How the statuses read in a message: Vietnamese — English. */
const STATUS_VI: Readonly<Record<string, string>> = {
  left: 'đã ra khỏi Hội',
  deceased: 'đã từ trần',
  removed: 'đã bị xoá tên',
};

export class MemberAlreadyAdmittedError extends DomainError {
  readonly code = 'membership.member-exists';
  readonly kind = 'conflict';
  constructor(memberId: string) {
    super(
      `Hội viên ${memberId} đã được kết nạp và đang sinh hoạt — member ${memberId} has been admitted already`,
    );
  }
}

export class MemberNotFoundError extends DomainError {
  readonly code = 'membership.member-not-found';
  readonly kind = 'not-found';
  constructor(memberId: string) {
    super(`Không có hội viên ${memberId} — member ${memberId} has not been admitted`);
  }
}

export class MemberNotActiveError extends DomainError {
  readonly code = 'membership.member-not-active';
  readonly kind = 'conflict';
  constructor(memberId: string, status: string) {
    super(
      `Hội viên ${memberId} ${STATUS_VI[status] ?? status}, không còn sinh hoạt — member ${memberId} is ${status}, not an active member`,
    );
  }
}

export class MemberErasedError extends DomainError {
  readonly code = 'membership.member-erased';
  readonly kind = 'conflict';
  constructor(memberId: string) {
    super(
      `Dữ liệu cá nhân của hội viên ${memberId} đã bị xoá theo yêu cầu — member ${memberId} was erased on request: her record takes no personal data`,
    );
  }
}

/**
 * Erasure while she is a member would leave an active member with no data and free her
 * national ID number (ADR 0005): her membership is ended first, as staff know how it ended.
 */
export class MemberStillActiveError extends DomainError {
  readonly code = 'membership.member-active';
  readonly kind = 'conflict';
  constructor(memberId: string) {
    super(
      `Hội viên ${memberId} đang sinh hoạt: hãy ghi nhận việc ra khỏi Hội, từ trần hoặc xoá tên trước khi xoá dữ liệu cá nhân — member ${memberId} is active: end her membership first (left, deceased or removed), then erase her personal data`,
    );
  }
}

export class UnderAgeError extends DomainError {
  readonly code = 'membership.under-age';
  readonly kind = 'invalid';
  constructor(minimum: number, on: string) {
    super(
      `Hội viên phải đủ ${minimum} tuổi vào ngày kết nạp (${on}) — a member must be ${minimum} or older on the day of admission (${on})`,
    );
  }
}

export class NotABranchError extends DomainError {
  readonly code = 'membership.not-a-branch';
  readonly kind = 'invalid';
  constructor(unitId: string) {
    super(
      `Đơn vị ${unitId} không phải chi hội đang hoạt động — unit ${unitId} is not an active branch (chi hội)`,
    );
  }
}

/** A member's women's group (tổ phụ nữ) is one of her own branch, as the units are now. */
export class GroupNotInBranchError extends DomainError {
  readonly code = 'membership.group-not-in-branch';
  readonly kind = 'invalid';
  constructor(groupId: string, branchId: string) {
    super(
      `Đơn vị ${groupId} không phải tổ phụ nữ đang hoạt động của chi hội ${branchId} — unit ${groupId} is not an active women's group (tổ) of branch ${branchId}`,
    );
  }
}

export class SameBranchError extends DomainError {
  readonly code = 'membership.same-branch';
  readonly kind = 'conflict';
  constructor(branchId: string) {
    super(
      `Hội viên đang sinh hoạt ở chi hội ${branchId} rồi — the member is in branch ${branchId} already`,
    );
  }
}

export class FeeAlreadyRecordedError extends DomainError {
  readonly code = 'membership.fee-recorded';
  readonly kind = 'conflict';
  constructor(year: number, outcome: string) {
    const vi = outcome === 'paid' ? 'đã đóng' : 'đã được miễn';
    super(
      `Hội phí năm ${year} đã được ghi nhận (${vi}) — the fee for ${year} is recorded already (${outcome})`,
    );
  }
}

/** A value the rules refuse; the message is the caller's, Vietnamese — English. */
export class InvalidMemberInputError extends DomainError {
  readonly code = 'membership.invalid';
  readonly kind = 'invalid';
}

export class OutOfOrderError extends DomainError {
  readonly code = 'membership.out-of-order';
  readonly kind = 'conflict';
  constructor(on: string, lastChangeOn: string) {
    super(
      `Thay đổi ngày ${on} không thể trước thay đổi gần nhất, ngày ${lastChangeOn} — a change on ${on} cannot come before the last one, on ${lastChangeOn}`,
    );
  }
}

/** Giới thiệu đảng viên, kết nạp Đảng out of turn; the message is the caller's. */
export class PartyStepError extends DomainError {
  readonly code = 'membership.party-step';
  readonly kind = 'conflict';
}
