import { counted, ProblemError, type FieldError } from '@vwu/platform-problems';

/** A file with errors: nobody is registered, every error is listed (row, column, reason). */
export class CadreImportInvalidError extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    const count = errors.length;
    super(
      422,
      'training.import-invalid',
      `Tệp có ${count} lỗi, chưa tiếp nhận hồ sơ nào — ${counted(count, 'error')} in the file; nobody was registered`,
      errors,
    );
  }
}

/** Not a CSV or XLSX table at all, or too big. */
export class CadreImportUnreadableError extends ProblemError {
  constructor(reason: string) {
    super(
      422,
      'training.import-unreadable',
      `Không đọc được tệp — the file cannot be read: ${reason}`,
    );
  }
}

export class CadreImportNotFoundError extends ProblemError {
  constructor(id: string) {
    super(
      404,
      'training.import-not-found',
      `Không có lần nhập cán bộ ${id} — cadre import ${id} is not known`,
    );
  }
}
