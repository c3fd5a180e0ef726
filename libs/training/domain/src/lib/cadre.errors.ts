import { DomainError } from '@vwu/platform-decider';

// Stable codes for the API's problem+json `code`; messages name ids, codes and dates only,
// Vietnamese first, English second: never a name or a number of hers.

export class CadreNotFoundError extends DomainError {
  readonly code = 'training.cadre-not-found';
  readonly kind = 'not-found';
  constructor(cadreId: string) {
    super(`Không có hồ sơ cán bộ này — cadre ${cadreId} has not been registered`);
  }
}

export class CadreExistsError extends DomainError {
  readonly code = 'training.cadre-exists';
  readonly kind = 'conflict';
  constructor(cadreId: string) {
    super(`Hồ sơ cán bộ đã có — cadre ${cadreId} has been registered already`);
  }
}

export class CadreErasedError extends DomainError {
  readonly code = 'training.cadre-erased';
  readonly kind = 'conflict';
  constructor(cadreId: string) {
    super(`Dữ liệu cá nhân của cán bộ đã bị xoá — cadre ${cadreId} has been erased`);
  }
}

export class InvalidCadreInputError extends DomainError {
  readonly code = 'training.cadre-invalid';
  readonly kind = 'invalid';
}

export class UnitNotActiveError extends DomainError {
  readonly code = 'training.unit-not-active';
  readonly kind = 'invalid';
  constructor(unitId: string) {
    super(
      `Đơn vị không tồn tại hoặc đã sáp nhập, giải thể — unit ${unitId} is not an active unit known here`,
    );
  }
}

export class UnknownPositionError extends DomainError {
  readonly code = 'training.unknown-position';
  readonly kind = 'invalid';
  constructor(position: string) {
    super(`Chức vụ không có trong danh mục — position '${position}' is not in the catalogue`);
  }
}

export class PositionNotAtUnitKindError extends DomainError {
  readonly code = 'training.position-not-at-unit-kind';
  readonly kind = 'invalid';
  constructor(position: string, unitKind: string) {
    super(
      `Đơn vị loại '${unitKind}' không có chức vụ '${position}' — a unit of kind '${unitKind}' has no position '${position}'`,
    );
  }
}

export class PostHeldError extends DomainError {
  readonly code = 'training.post-held';
  readonly kind = 'conflict';
  constructor(position: string, unitId: string) {
    super(
      `Cán bộ đang giữ chức vụ '${position}' tại đơn vị này — she already holds '${position}' at unit ${unitId}`,
    );
  }
}

export class PostNotFoundError extends DomainError {
  readonly code = 'training.post-not-found';
  readonly kind = 'not-found';
  constructor(postId: string) {
    super(`Cán bộ không giữ chức vụ này — she holds no post ${postId}`);
  }
}

export class PostEndedError extends DomainError {
  readonly code = 'training.post-ended';
  readonly kind = 'conflict';
  constructor(postId: string, on: string) {
    super(`Chức vụ đã kết thúc — post ${postId} ended on ${on}`);
  }
}

export class CadreHoldsPostsError extends DomainError {
  readonly code = 'training.cadre-holds-posts';
  readonly kind = 'conflict';
  constructor(count: number) {
    super(
      `Cán bộ đang giữ ${count} chức vụ: kết thúc trước khi xoá — she holds ${count} post(s): end them before erasure`,
    );
  }
}

/** A unit's single seat (its chairwoman, its branch head) is held by another cadre. */
export class SeatTakenError extends DomainError {
  readonly code = 'training.seat-taken';
  readonly kind = 'conflict';
  constructor(position: string, unitId: string) {
    super(
      `Đơn vị đã có người giữ chức vụ '${position}' — unit ${unitId} already has a holder of '${position}': end that post first, or rotate`,
    );
  }
}
