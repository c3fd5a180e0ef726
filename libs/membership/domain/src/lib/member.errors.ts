import { DomainError } from '@vwu/platform-decider';

// Stable codes travel to the API as the problem+json `code`. Messages name ids, years and dates,
// never a person's name, birth date or national ID number.

export class MemberAlreadyAdmittedError extends DomainError {
  readonly code = 'membership.member-exists';
  readonly kind = 'conflict';
  constructor(memberId: string) {
    super(`member ${memberId} has been admitted already`);
  }
}

export class MemberNotFoundError extends DomainError {
  readonly code = 'membership.member-not-found';
  readonly kind = 'not-found';
  constructor(memberId: string) {
    super(`member ${memberId} has not been admitted`);
  }
}

export class MemberNotActiveError extends DomainError {
  readonly code = 'membership.member-not-active';
  readonly kind = 'conflict';
  constructor(memberId: string, status: string) {
    super(`member ${memberId} is ${status}, not an active member`);
  }
}

export class MemberErasedError extends DomainError {
  readonly code = 'membership.member-erased';
  readonly kind = 'conflict';
  constructor(memberId: string) {
    super(`member ${memberId} was erased on request: her record takes no personal data`);
  }
}

export class UnderAgeError extends DomainError {
  readonly code = 'membership.under-age';
  readonly kind = 'invalid';
  constructor(minimum: number, on: string) {
    super(`a member must be ${minimum} or older on the day of admission (${on})`);
  }
}

export class NotABranchError extends DomainError {
  readonly code = 'membership.not-a-branch';
  readonly kind = 'invalid';
  constructor(unitId: string) {
    super(`unit ${unitId} is not an active branch (chi hội)`);
  }
}

export class SameBranchError extends DomainError {
  readonly code = 'membership.same-branch';
  readonly kind = 'conflict';
  constructor(branchId: string) {
    super(`the member is in branch ${branchId} already`);
  }
}

export class FeeAlreadyRecordedError extends DomainError {
  readonly code = 'membership.fee-recorded';
  readonly kind = 'conflict';
  constructor(year: number, outcome: string) {
    super(`the fee for ${year} is recorded already (${outcome})`);
  }
}

export class InvalidMemberInputError extends DomainError {
  readonly code = 'membership.invalid';
  readonly kind = 'invalid';
}

export class OutOfOrderError extends DomainError {
  readonly code = 'membership.out-of-order';
  readonly kind = 'conflict';
  constructor(on: string, lastChangeOn: string) {
    super(`a change on ${on} cannot come before the last one, on ${lastChangeOn}`);
  }
}

export class PartyStepError extends DomainError {
  readonly code = 'membership.party-step';
  readonly kind = 'conflict';
}
