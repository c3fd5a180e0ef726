import { DomainError } from '@vwu/platform-decider';

// Stable codes for the API's problem+json `code`; messages name ids and dates only,
// Vietnamese first, English second.

export class ClubNotFoundError extends DomainError {
  readonly code = 'membership.club-not-found';
  readonly kind = 'not-found';
  constructor(clubId: string) {
    super(`Không có câu lạc bộ này — club ${clubId} has not been founded`);
  }
}

export class ClubExistsError extends DomainError {
  readonly code = 'membership.club-exists';
  readonly kind = 'conflict';
  constructor(clubId: string) {
    super(`Câu lạc bộ đã được thành lập — club ${clubId} has been founded already`);
  }
}

export class NotAClubUnitError extends DomainError {
  readonly code = 'membership.not-a-club-unit';
  readonly kind = 'invalid';
  constructor(unitId: string) {
    super(
      `Đơn vị không thể có câu lạc bộ — unit ${unitId} is not an active grassroots union, affiliated unit or branch`,
    );
  }
}

export class ClubDissolvedError extends DomainError {
  readonly code = 'membership.club-dissolved';
  readonly kind = 'conflict';
  constructor(clubId: string, on: string) {
    super(`Câu lạc bộ đã giải thể — club ${clubId} was dissolved on ${on}`);
  }
}

export class NotInClubError extends DomainError {
  readonly code = 'membership.not-in-club';
  readonly kind = 'not-found';
  constructor(clubId: string, memberId: string) {
    super(`Hội viên không ở trong câu lạc bộ — member ${memberId} is not in club ${clubId}`);
  }
}

export class InvalidClubInputError extends DomainError {
  readonly code = 'membership.club-invalid';
  readonly kind = 'invalid';
}
