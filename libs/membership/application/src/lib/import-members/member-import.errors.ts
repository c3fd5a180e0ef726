import { ProblemError, type FieldError } from '@vwu/platform-http';

/** A file with errors: nobody is admitted, every error is listed (row, column, reason). */
export class MemberImportInvalidError extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    super(
      422,
      'membership.import-invalid',
      `${errors.length} errors; nobody was admitted — tệp có ${errors.length} lỗi, chưa kết nạp ai`,
      errors,
    );
  }
}

/** Not a CSV or XLSX table at all, or too big. */
export class MemberImportUnreadableError extends ProblemError {
  constructor(reason: string) {
    super(422, 'membership.import-unreadable', `${reason} — không đọc được tệp`);
  }
}

export class MemberImportNotFoundError extends ProblemError {
  constructor(id: string) {
    super(404, 'membership.import-not-found', `import ${id} is not known — không có lần nhập này`);
  }
}
