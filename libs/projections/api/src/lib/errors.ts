import { DomainError } from '@vwu/platform-decider';

export class UnitNotFoundError extends DomainError {
  readonly code = 'organisation.unit-not-found';
  readonly kind = 'not-found';
}

export class InvalidCursorError extends DomainError {
  readonly code = 'validation.invalid-cursor';
  readonly kind = 'invalid';
}

export class MemberOrganisationNotFoundError extends DomainError {
  readonly code = 'organisation.member-organisation-not-found';
  readonly kind = 'not-found';
}
