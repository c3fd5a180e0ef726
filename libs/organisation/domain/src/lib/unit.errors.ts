import { DomainError } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';

// Stable codes travel to the API as the problem+json `code`. Messages (the problem's `detail`)
// are Vietnamese first, then ` — ` and English; they name ids, kinds and dates, never a person.

export class UnitAlreadyExistsError extends DomainError {
  readonly code = 'organisation.unit-already-exists';
  readonly kind = 'conflict';
  constructor(readonly unitId: string) {
    super(`đơn vị ${unitId} đã được thành lập — unit ${unitId} has already been established`);
  }
}

export class UnitNotFoundError extends DomainError {
  readonly code = 'organisation.unit-not-found';
  readonly kind = 'not-found';
  constructor(readonly unitId: string) {
    super(`đơn vị ${unitId} chưa được thành lập — unit ${unitId} has not been established`);
  }
}

export class UnknownKindError extends DomainError {
  readonly code = 'organisation.unknown-kind';
  readonly kind = 'invalid';
  constructor(readonly unitKind: string) {
    super(
      `'${unitKind}' không phải là loại đơn vị trong danh mục — '${unitKind}' is not a unit kind of the catalogue`,
    );
  }
}

export class KindNotInForceError extends DomainError {
  readonly code = 'organisation.kind-not-in-force';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly on: CalendarDate,
  ) {
    super(
      `không thể thành lập đơn vị loại '${unitKind}' vào ngày ${on} — units of kind '${unitKind}' cannot be established on ${on}`,
    );
  }
}

export class RootHasNoParentError extends DomainError {
  readonly code = 'organisation.root-has-no-parent';
  readonly kind = 'invalid';
  constructor(readonly unitKind: string) {
    super(
      `đơn vị loại gốc '${unitKind}' không có cấp trên — a unit of the root kind '${unitKind}' has no parent`,
    );
  }
}

export class ParentRequiredError extends DomainError {
  readonly code = 'organisation.parent-required';
  readonly kind = 'invalid';
  constructor(readonly unitKind: string) {
    super(
      `đơn vị loại '${unitKind}' cần có cấp trên — a unit of kind '${unitKind}' needs a parent unit`,
    );
  }
}

export class ParentNotFoundError extends DomainError {
  readonly code = 'organisation.parent-not-found';
  readonly kind = 'not-found';
  constructor(readonly parentId: string) {
    super(
      `đơn vị cấp trên ${parentId} không tồn tại hoặc không còn hoạt động — parent unit ${parentId} does not exist or is no longer active`,
    );
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
    super(
      `đơn vị loại '${unitKind}' không thể trực thuộc đơn vị loại '${parentKind}' vào ngày ${on} — a unit of kind '${unitKind}' may not sit under a '${parentKind}' on ${on}`,
    );
  }
}

/** A unit established, or moved, under a parent on a day before the parent existed. */
export class BeforeParentError extends DomainError {
  readonly code = 'organisation.before-parent';
  readonly kind = 'invalid';
  constructor(
    readonly on: CalendarDate,
    readonly parentEstablishedOn: CalendarDate,
  ) {
    super(
      `đơn vị cấp trên được thành lập ngày ${parentEstablishedOn}; không thể trực thuộc đơn vị đó từ ngày ${on} — the parent was established on ${parentEstablishedOn}; nothing can sit under it from ${on}`,
    );
  }
}

export class UnitCycleError extends DomainError {
  readonly code = 'organisation.cycle';
  readonly kind = 'invalid';
  constructor(
    readonly unitId: string,
    readonly parentId: string,
  ) {
    super(
      `đơn vị ${unitId} không thể trực thuộc ${parentId} vì ${parentId} nằm trong chính đơn vị đó — unit ${unitId} cannot sit under ${parentId}, which it encloses`,
    );
  }
}

export class InvalidNameError extends DomainError {
  readonly code = 'organisation.invalid-name';
  readonly kind = 'invalid';
  constructor(readonly length: number) {
    super(
      `tên đơn vị cần từ 1 đến 200 ký tự sau khi bỏ khoảng trắng thừa, không phải ${length} — a unit name needs 1 to 200 characters after trimming, not ${length}`,
    );
  }
}

export class InvalidDateError extends DomainError {
  readonly code = 'organisation.invalid-date';
  readonly kind = 'invalid';
  /** The value is not repeated: it is free text from the caller. */
  constructor(readonly field: string) {
    super(
      `${field} không phải là ngày hợp lệ (YYYY-MM-DD) — ${field} is not a calendar date (YYYY-MM-DD)`,
    );
  }
}

/** What may be dated on or after a unit's establishment, but not before it. */
export type DatedFact = 'rename' | 'inspection' | 'population';

const DATED_FACT: Readonly<Record<DatedFact, (on: CalendarDate) => [string, string]>> = {
  rename: (on) => [`việc đổi tên ngày ${on}`, `a rename on ${on}`],
  inspection: (on) => [`cuộc kiểm tra ngày ${on}`, `an inspection on ${on}`],
  population: (on) => [`số liệu dân số nữ ngày ${on}`, `a women population figure as of ${on}`],
};

export class BeforeEstablishmentError extends DomainError {
  readonly code = 'organisation.before-establishment';
  readonly kind = 'invalid';
  constructor(
    readonly fact: DatedFact,
    readonly on: CalendarDate,
    readonly establishedOn: CalendarDate,
  ) {
    const [vi, en] = DATED_FACT[fact](on);
    super(
      `đơn vị được thành lập ngày ${establishedOn}; ${vi} có trước ngày đó — the unit was established on ${establishedOn}; ${en} precedes it`,
    );
  }
}
