import { DomainError } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';
import { type UnitClosure } from './unit.state';

// Errors of the changes after an establishment. Stable codes; messages are Vietnamese first, then
// ` — ` and English, and name ids, kinds and dates, never a person.

function closureText(unitId: string, closure: UnitClosure): string {
  const { on, successorId } = closure;
  if (closure.reason === 'merged')
    return `đơn vị ${unitId} đã sáp nhập vào đơn vị ${successorId ?? ''} từ ngày ${on} — unit ${unitId} was merged into ${successorId ?? ''} on ${on}`;
  if (successorId === null)
    return `đơn vị ${unitId} đã giải thể từ ngày ${on} — unit ${unitId} was dissolved on ${on}`;
  return `đơn vị ${unitId} đã giải thể từ ngày ${on}, các đơn vị trực thuộc chuyển về đơn vị ${successorId} — unit ${unitId} was dissolved on ${on}, its units going to ${successorId}`;
}

/** The unit was merged or dissolved: the message says into which unit, or that it was dissolved, and when. */
export class UnitClosedError extends DomainError {
  readonly code = 'organisation.unit-closed';
  readonly kind = 'conflict';
  readonly closedOn: CalendarDate;
  readonly reason: UnitClosure['reason'];
  readonly successorId: string | null;
  constructor(
    readonly unitId: string,
    closure: UnitClosure,
  ) {
    super(closureText(unitId, closure));
    this.closedOn = closure.on;
    this.reason = closure.reason;
    this.successorId = closure.successorId;
  }
}

/** The changes of place or existence (chuyển, sáp nhập, giải thể), dated in order. */
export type StructuralChange = 'move' | 'merge' | 'dissolve';

const CHANGE: Readonly<Record<StructuralChange, readonly [string, string]>> = {
  move: ['chuyển', 'a move'],
  merge: ['sáp nhập', 'a merger'],
  dissolve: ['giải thể', 'a dissolution'],
};

/**
 * A change dated before the unit's establishment or its last change of place. The same day is
 * allowed (changes of one day apply in the order they are recorded).
 */
export class ChangeOutOfOrderError extends DomainError {
  readonly code = 'organisation.change-out-of-order';
  readonly kind = 'invalid';
  readonly lastChangeOn: CalendarDate;
  constructor(
    readonly change: StructuralChange,
    readonly on: CalendarDate,
    unit: { readonly establishedOn: CalendarDate; readonly lastChangeOn: CalendarDate },
  ) {
    const last = unit.lastChangeOn;
    const [vi, en] = CHANGE[change];
    const since =
      last === unit.establishedOn
        ? [`đơn vị được thành lập ngày ${last}`, `the unit was established on ${last}`]
        : [
            `thay đổi gần nhất của đơn vị có hiệu lực từ ngày ${last}`,
            `the unit last changed on ${last}`,
          ];
    super(
      `${since[0]}; không thể ${vi} từ ngày ${on}, trước ngày đó — ${since[1]}; ${en} on ${on} cannot precede it`,
    );
    this.lastChangeOn = last;
  }
}

export class SuccessorNotFoundError extends DomainError {
  readonly code = 'organisation.successor-not-found';
  readonly kind = 'not-found';
  constructor(readonly successorId: string) {
    super(
      `đơn vị tiếp nhận ${successorId} không tồn tại hoặc không còn hoạt động — successor unit ${successorId} does not exist or is no longer active`,
    );
  }
}

export class SuccessorInsideUnitError extends DomainError {
  readonly code = 'organisation.successor-inside-unit';
  readonly kind = 'invalid';
  constructor(
    readonly unitId: string,
    readonly successorId: string,
  ) {
    super(
      `đơn vị ${successorId} không thể tiếp nhận đơn vị ${unitId} vì đó là chính đơn vị này hoặc nằm trong nó — unit ${successorId} cannot succeed ${unitId}: it is the unit or lies within it`,
    );
  }
}

export class MergeKindMismatchError extends DomainError {
  readonly code = 'organisation.merge-kind-mismatch';
  readonly kind = 'invalid';
  constructor(
    readonly unitKind: string,
    readonly successorKind: string,
  ) {
    super(
      `đơn vị loại '${unitKind}' chỉ có thể sáp nhập vào đơn vị cùng loại, không phải loại '${successorKind}' — a '${unitKind}' can only be merged into a unit of its kind, not a '${successorKind}'`,
    );
  }
}

export class UnitNotEmptyError extends DomainError {
  readonly code = 'organisation.unit-not-empty';
  readonly kind = 'conflict';
  constructor(
    readonly unitId: string,
    readonly childCount: number,
  ) {
    const children = childCount === 1 ? 'active child unit' : 'active child units';
    super(
      `đơn vị ${unitId} còn ${childCount} đơn vị trực thuộc đang hoạt động: cần chỉ định đơn vị tiếp nhận — unit ${unitId} has ${childCount} ${children}: name a successor for them`,
    );
  }
}
