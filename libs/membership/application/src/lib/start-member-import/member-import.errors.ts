import { counted, ProblemError, type FieldError } from '@vwu/platform-problems';

/** A file with errors: nobody is admitted, every error is listed (row, column, reason). */
export class MemberImportInvalidError extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    const count = errors.length;
    super(
      422,
      'membership.import-invalid',
      `Tệp có ${count} lỗi, chưa kết nạp ai — ${counted(count, 'error')} in the file; nobody was admitted`,
      errors,
    );
  }
}

/** Not a CSV or XLSX table at all, or too big. */
export class MemberImportUnreadableError extends ProblemError {
  constructor(reason: string) {
    super(
      422,
      'membership.import-unreadable',
      `Không đọc được tệp — the file cannot be read: ${reason}`,
    );
  }
}

export class MemberImportNotFoundError extends ProblemError {
  constructor(id: string) {
    super(
      404,
      'membership.import-not-found',
      `Không có lần nhập hội viên ${id} — member import ${id} is not known`,
    );
  }
}
