import { ImportInvalidError, ImportUnreadableError } from './unit-import.errors';

describe('unit import errors', () => {
  it('count the errors of a file, in the singular for one, Vietnamese first', () => {
    const error = { field: 'rows[0].kind', reason: 'x', row: 2, column: 'Loại' };
    expect(new ImportInvalidError([error])).toMatchObject({
      status: 422,
      code: 'organisation.import-invalid',
      message: 'Tệp có 1 lỗi, chưa nhập đơn vị nào — 1 error; nothing was imported',
    });
    expect(new ImportInvalidError([error, error]).message).toBe(
      'Tệp có 2 lỗi, chưa nhập đơn vị nào — 2 errors; nothing was imported',
    );
  });

  it('say in Vietnamese first that a file cannot be read', () => {
    expect(new ImportUnreadableError('at most 100000 rows per file').message).toBe(
      'Không đọc được tệp — the file cannot be read: at most 100000 rows per file',
    );
  });
});
