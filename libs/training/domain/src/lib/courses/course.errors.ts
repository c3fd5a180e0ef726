import { DomainError } from '@vwu/platform-decider';

// Stable codes for the API's problem+json `code`; messages name ids, codes, days and counts only.

export class CourseNotFoundError extends DomainError {
  readonly code = 'training.course-not-found';
  readonly kind = 'not-found';
  constructor(courseId: string) {
    super(`Không có khoá học này — course ${courseId} has not been scheduled`);
  }
}

export class CourseExistsError extends DomainError {
  readonly code = 'training.course-exists';
  readonly kind = 'conflict';
  constructor(courseId: string) {
    super(`Khoá học đã có — course ${courseId} has been scheduled already`);
  }
}

export class InvalidCourseInputError extends DomainError {
  readonly code = 'training.course-invalid';
  readonly kind = 'invalid';
}

/** The course is of the other form (attendance of an online course, a module in person). */
export class CourseFormError extends DomainError {
  readonly code = 'training.course-form';
  readonly kind = 'invalid';
  constructor(form: string, vi: string, en: string) {
    super(`Khoá học hình thức '${form}' không ${vi} — an ${form} course has no ${en}`);
  }
}

/** Bulk or single enrolment refused as a whole, with every reason. */
export class EnrolmentRefusedError extends DomainError {
  readonly code = 'training.enrolment-refused';
  readonly kind = 'conflict';
  constructor(readonly reasons: readonly string[]) {
    super(`Không thể ghi danh — enrolment refused: ${reasons.join('; ')}`);
  }
}

export class NotEnrolledError extends DomainError {
  readonly code = 'training.not-enrolled';
  readonly kind = 'conflict';
  constructor(cadreId: string) {
    super(`Cán bộ chưa ghi danh khoá học này — cadre ${cadreId} is not enrolled in this course`);
  }
}

export class WithdrawnError extends DomainError {
  readonly code = 'training.withdrawn';
  readonly kind = 'conflict';
  constructor(cadreId: string, on: string) {
    super(`Cán bộ đã rút khỏi khoá học — cadre ${cadreId} withdrew on ${on}`);
  }
}

export class AlreadyCompletedError extends DomainError {
  readonly code = 'training.course-completed';
  readonly kind = 'conflict';
  constructor(cadreId: string, on: string) {
    super(`Cán bộ đã hoàn thành khoá học — cadre ${cadreId} completed it on ${on}`);
  }
}

export class ModuleNotFoundError extends DomainError {
  readonly code = 'training.module-not-found';
  readonly kind = 'not-found';
  constructor(moduleId: string) {
    super(`Khoá học không có học phần này — the course has no module ${moduleId}`);
  }
}

export class CertificateNotFoundError extends DomainError {
  readonly code = 'training.certificate-not-found';
  readonly kind = 'not-found';
  constructor(certificateId: string) {
    super(`Khoá học không có chứng nhận này — the course has no certificate ${certificateId}`);
  }
}
