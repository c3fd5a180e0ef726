import type { FieldError } from '@vwu/platform-http';
import { ProblemError } from '@vwu/platform-http';

/** A file with errors: nothing is imported, every error is listed (row, column, reason). */
export class ImportInvalidError extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    super(
      422,
      'organisation.import-invalid',
      `${errors.length} errors; nothing was imported — tệp có ${errors.length} lỗi, chưa nhập đơn vị nào`,
      errors,
    );
  }
}

/** Not a CSV or XLSX table at all, or too big. */
export class ImportUnreadableError extends ProblemError {
  constructor(reason: string) {
    super(422, 'organisation.import-unreadable', `${reason} — không đọc được tệp`);
  }
}

export class ImportNotFoundError extends ProblemError {
  constructor(id: string) {
    super(
      404,
      'organisation.import-not-found',
      `import ${id} is not known — không có lần nhập này`,
    );
  }
}
