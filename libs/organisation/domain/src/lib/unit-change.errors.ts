import { DomainError } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';
import { type UnitRecord } from './unit-kind-catalogue';

// Errors of the changes after an establishment. Stable codes; messages name ids, kinds and
// dates, never a person.

export class UnitClosedError extends DomainError {
  readonly code = 'organisation.unit-closed';
  readonly kind = 'conflict';
  constructor(
    readonly unitId: string,
    readonly closedOn: CalendarDate,
  ) {
    super(`unit ${unitId} no longer exists since ${closedOn}`);
  }
}

export class ChangeOutOfOrderError extends DomainError {
  readonly code = 'organisation.change-out-of-order';
  readonly kind = 'invalid';
  constructor(
    readonly on: CalendarDate,
    readonly lastChangeOn: CalendarDate,
  ) {
    super(`a change on ${on} cannot precede the unit's last change (${lastChangeOn})`);
  }
}

export class SuccessorNotFoundError extends DomainError {
  readonly code = 'organisation.successor-not-found';
  readonly kind = 'not-found';
  constructor(readonly successorId: string) {
    super(`successor unit ${successorId} does not exist or is no longer active`);
  }
}

export class SuccessorInsideUnitError extends DomainError {
  readonly code = 'organisation.successor-inside-unit';
  readonly kind = 'invalid';
  constructor(
    readonly unitId: string,
    readonly successorId: string,
  ) {
    super(`unit ${successorId} cannot succeed ${unitId}: it is the unit or lies within it`);
  }
}

export class MergeKindMismatchError extends DomainError {
  readonly code = 'organisation.merge-kind-mismatch';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly successorKind: string,
  ) {
    super(`a '${unitKind}' can only be merged into a unit of its kind, not a '${successorKind}'`);
  }
}

export class UnitNotEmptyError extends DomainError {
  readonly code = 'organisation.unit-not-empty';
  readonly kind = 'conflict';
  constructor(
    readonly unitId: string,
    readonly childCount: number,
  ) {
    super(`unit ${unitId} has ${childCount} active child units: name a successor for them`);
  }
}

export class RecordNotKeptError extends DomainError {
  readonly code = 'organisation.record-not-kept';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly record: UnitRecord,
  ) {
    super(`units of kind '${unitKind}' keep no ${record} record`);
  }
}

export class InvalidFigureError extends DomainError {
  readonly code = 'organisation.invalid-figure';
  readonly kind = 'invalid';
  constructor(readonly field: string) {
    super(`${field} is out of range`);
  }
}

export class FutureDateError extends DomainError {
  readonly code = 'organisation.future-date';
  readonly kind = 'invalid';
  constructor(
    readonly field: string,
    readonly today: CalendarDate,
  ) {
    super(`${field} lies after today (${today})`);
  }
}

export class RatingExistsError extends DomainError {
  readonly code = 'organisation.rating-exists';
  readonly kind = 'conflict';
  constructor(
    readonly unitId: string,
    readonly year: number,
  ) {
    super(`unit ${unitId} is rated for ${year} already: correct the rating instead`);
  }
}

export class RatingNotFoundError extends DomainError {
  readonly code = 'organisation.rating-not-found';
  readonly kind = 'not-found';
  constructor(
    readonly unitId: string,
    readonly year: number,
  ) {
    super(`unit ${unitId} has no rating for ${year} to correct`);
  }
}

export class ReasonRequiredError extends DomainError {
  readonly code = 'organisation.reason-required';
  readonly kind = 'invalid';
  constructor() {
    super('a correction needs a reason of 1 to 500 characters');
  }
}

export class InspectorNotAncestorError extends DomainError {
  readonly code = 'organisation.inspector-not-ancestor';
  readonly kind = 'invalid';
  constructor(
    readonly unitId: string,
    readonly inspectorUnitId: string,
  ) {
    super(`unit ${inspectorUnitId} is not above ${unitId}, so it cannot inspect it`);
  }
}
