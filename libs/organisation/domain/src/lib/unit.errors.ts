import { DomainError } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';

// Stable codes travel to the API as the problem+json `code`. Messages name ids, kinds and dates,
// never a person.

export class UnitAlreadyExistsError extends DomainError {
  readonly code = 'organisation.unit-already-exists';
  readonly kind = 'conflict';
  constructor(readonly unitId: string) {
    super(`unit ${unitId} has already been established`);
  }
}

export class UnitNotFoundError extends DomainError {
  readonly code = 'organisation.unit-not-found';
  readonly kind = 'not-found';
  constructor(readonly unitId: string) {
    super(`unit ${unitId} has not been established`);
  }
}

export class UnknownKindError extends DomainError {
  readonly code = 'organisation.unknown-kind';
  readonly kind = 'invalid';
  constructor(readonly unitKind: string) {
    super(`'${unitKind}' is not a unit kind of the catalogue`);
  }
}

export class KindNotInForceError extends DomainError {
  readonly code = 'organisation.kind-not-in-force';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly on: CalendarDate,
  ) {
    super(`units of kind '${unitKind}' cannot be established on ${on}`);
  }
}

export class RootHasNoParentError extends DomainError {
  readonly code = 'organisation.root-has-no-parent';
  readonly kind = 'invalid';
  constructor(readonly unitKind: string) {
    super(`a unit of the root kind '${unitKind}' has no parent`);
  }
}

export class ParentRequiredError extends DomainError {
  readonly code = 'organisation.parent-required';
  readonly kind = 'invalid';
  constructor(readonly unitKind: string) {
    super(`a unit of kind '${unitKind}' needs a parent unit`);
  }
}

export class ParentNotFoundError extends DomainError {
  readonly code = 'organisation.parent-not-found';
  readonly kind = 'not-found';
  constructor(readonly parentId: string) {
    super(`parent unit ${parentId} does not exist or is no longer active`);
  }
}

export class KindNotAllowedError extends DomainError {
  readonly code = 'organisation.kind-not-allowed';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly parentKind: string,
    readonly on: CalendarDate,
  ) {
    super(`a unit of kind '${unitKind}' may not sit under a '${parentKind}' on ${on}`);
  }
}

export class BeforeParentError extends DomainError {
  readonly code = 'organisation.before-parent';
  readonly kind = 'invalid';
  constructor(
    readonly establishedOn: CalendarDate,
    readonly parentEstablishedOn: CalendarDate,
  ) {
    super(`a unit established on ${establishedOn} predates its parent (${parentEstablishedOn})`);
  }
}

export class UnitCycleError extends DomainError {
  readonly code = 'organisation.cycle';
  readonly kind = 'invalid';
  constructor(
    readonly unitId: string,
    readonly parentId: string,
  ) {
    super(`unit ${unitId} cannot sit under ${parentId}, which it encloses`);
  }
}

export class InvalidNameError extends DomainError {
  readonly code = 'organisation.invalid-name';
  readonly kind = 'invalid';
  constructor(readonly length: number) {
    super(`a unit name needs 1 to 200 characters after trimming, not ${length}`);
  }
}

export class InvalidDateError extends DomainError {
  readonly code = 'organisation.invalid-date';
  readonly kind = 'invalid';
  /** The value is not repeated: it is free text from the caller. */
  constructor(readonly field: string) {
    super(`${field} is not a calendar date (YYYY-MM-DD)`);
  }
}

export class BeforeEstablishmentError extends DomainError {
  readonly code = 'organisation.before-establishment';
  readonly kind = 'invalid';
  constructor(
    readonly renamedOn: CalendarDate,
    readonly establishedOn: CalendarDate,
  ) {
    super(`a rename on ${renamedOn} predates the unit's establishment (${establishedOn})`);
  }
}
