import { counted, ProblemError, type FieldError } from '@vwu/platform-problems';

/** A file with errors: nothing is imported, every error is listed (row, column, reason). */
export class ImportInvalidError extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    super(
      422,
      'organisation.import-invalid',
      `Tệp có ${errors.length} lỗi, chưa nhập đơn vị nào — ${counted(errors.length, 'error')}; nothing was imported`,
      errors,
    );
  }
}

/** Not a CSV or XLSX table at all, or too big. */
export class ImportUnreadableError extends ProblemError {
  constructor(reason: string) {
    super(
      422,
      'organisation.import-unreadable',
      `Không đọc được tệp — the file cannot be read: ${reason}`,
    );
  }
}

export class ImportNotFoundError extends ProblemError {
  constructor(id: string) {
    super(
      404,
      'organisation.import-not-found',
      `không có lần nhập ${id} — import ${id} is not known`,
    );
  }
}
