import { DomainError } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';
import { type UnitRecord } from './unit-kind-catalogue';

// Errors of the records kept about a unit (dân số nữ, xếp loại, kiểm tra). Stable codes; messages
// are Vietnamese first, then ` — ` and English, and name ids, kinds and dates, never a person.

const RECORD: Readonly<Record<UnitRecord, string>> = {
  population: 'số liệu dân số nữ',
  rating: 'xếp loại',
  inspection: 'kết quả kiểm tra',
};

export class RecordNotKeptError extends DomainError {
  readonly code = 'organisation.record-not-kept';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly record: UnitRecord,
  ) {
    super(
      `đơn vị loại '${unitKind}' không lưu ${RECORD[record]} — units of kind '${unitKind}' keep no ${record} record`,
    );
  }
}

export class InvalidFigureError extends DomainError {
  readonly code = 'organisation.invalid-figure';
  readonly kind = 'invalid';
  constructor(
    readonly field: string,
    message = `${field} nằm ngoài giới hạn cho phép — ${field} is out of range`,
  ) {
    super(message);
  }
}

/** A rating for a year the unit did not exist in, or that has not begun: why, in the message. */
export class RatingYearError extends InvalidFigureError {
  constructor(
    readonly year: number,
    dates: { readonly establishedOn: CalendarDate; readonly today: CalendarDate },
  ) {
    const first = dates.establishedOn.slice(0, 4);
    const { today } = dates;
    super(
      'year',
      year < Number(first)
        ? `đơn vị được thành lập năm ${first}, không thể xếp loại năm ${year} — the unit was established in ${first}: it cannot be rated for ${year}`
        : `năm ${year} chưa bắt đầu (hôm nay là ${today}) — the year ${year} has not begun (today is ${today})`,
    );
  }
}

export class FutureDateError extends DomainError {
  readonly code = 'organisation.future-date';
  readonly kind = 'invalid';
  constructor(
    readonly field: string,
    readonly today: CalendarDate,
  ) {
    super(`${field} là một ngày sau hôm nay (${today}) — ${field} lies after today (${today})`);
  }
}

export class RatingExistsError extends DomainError {
  readonly code = 'organisation.rating-exists';
  readonly kind = 'conflict';
  constructor(
    readonly unitId: string,
    readonly year: number,
  ) {
    super(
      `đơn vị ${unitId} đã được xếp loại năm ${year}: hãy sửa xếp loại đó — unit ${unitId} is rated for ${year} already: correct the rating instead`,
    );
  }
}

export class RatingNotFoundError extends DomainError {
  readonly code = 'organisation.rating-not-found';
  readonly kind = 'not-found';
  constructor(
    readonly unitId: string,
    readonly year: number,
  ) {
    super(
      `đơn vị ${unitId} chưa được xếp loại năm ${year} nên không có gì để sửa — unit ${unitId} has no rating for ${year} to correct`,
    );
  }
}

export class ReasonRequiredError extends DomainError {
  readonly code = 'organisation.reason-required';
  readonly kind = 'invalid';
  constructor() {
    super(
      'việc sửa xếp loại cần lý do dài từ 1 đến 500 ký tự — a correction needs a reason of 1 to 500 characters',
    );
  }
}

export class InspectorNotAncestorError extends DomainError {
  readonly code = 'organisation.inspector-not-ancestor';
  readonly kind = 'invalid';
  constructor(
    readonly unitId: string,
    readonly inspectorUnitId: string,
  ) {
    super(
      `đơn vị ${inspectorUnitId} không phải cấp trên của đơn vị ${unitId} nên không thể kiểm tra đơn vị này — unit ${inspectorUnitId} is not above ${unitId}, so it cannot inspect it`,
    );
  }
}
