import { ProblemError } from '@vwu/platform-http';
import { invalidSheet, onRows, readPlanSheet, stepsFromSheet } from './restructuring-sheet';
import { UpstreamProblem } from './upstream';

const KIM_MA = '1a7e3c1e-5d0c-4a3b-9a47-3f1f7e2f0a01';
const CITY = '00000000-0000-4000-8000-000000000001';
const table = (columns: string[], rows: string[][]) => ({
  columns,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe('a restructuring plan from a sheet', () => {
  it('reads one step a row, Vietnamese or English operations and headers', () => {
    const sheet = table(
      ['Thao tác', 'Đơn vị', 'Đơn vị nhận', 'Tên', 'Loại'],
      [
        ['Thành lập', 'ba-dinh', CITY, 'Hội LHPN phường Ba Đình', 'grassroots'],
        ['sáp nhập', KIM_MA, 'ba-dinh', '', ''],
        ['Giải thể', KIM_MA, '', '', ''],
        ['rename', KIM_MA, '', 'Hội LHPN phường Kim Mã mới', ''],
        ['CHUYỂN', KIM_MA, CITY, '', ''],
      ],
    );
    expect(stepsFromSheet(sheet)).toEqual({
      steps: [
        {
          op: 'establish',
          ref: 'ba-dinh',
          name: 'Hội LHPN phường Ba Đình',
          kind: 'grassroots',
          parent: CITY,
        },
        { op: 'merge', unit: KIM_MA, successor: 'ba-dinh' },
        { op: 'dissolve', unit: KIM_MA, successor: null },
        { op: 'rename', unit: KIM_MA, name: 'Hội LHPN phường Kim Mã mới' },
        { op: 'move', unit: KIM_MA, parent: CITY },
      ],
      rows: [2, 3, 4, 5, 6],
      errors: [],
    });
    const english = table(['op', 'unit', 'target'], [['merge', KIM_MA, 'ba-dinh']]);
    expect(stepsFromSheet(english).steps).toEqual([
      { op: 'merge', unit: KIM_MA, successor: 'ba-dinh' },
    ]);
  });

  it('lists every error by row and column, and a missing column once', () => {
    const sheet = table(
      ['Thao tác', 'Đơn vị', 'Đơn vị nhận'],
      [
        ['gộp', KIM_MA, CITY],
        ['sáp nhập', KIM_MA, ''],
        ['thành lập', 'moi', CITY],
      ],
    );
    const { steps, errors } = stepsFromSheet(sheet);
    expect(steps).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'thao tác'],
      [3, 'đơn vị nhận'],
      [4, 'tên'],
      [4, 'loại'],
    ]);
    expect(stepsFromSheet(table(['Tên'], [['x']])).errors.map((e) => e.field)).toEqual([
      'columns.op',
      'columns.unit',
    ]);
  });

  it('names the rows of the service’s conflicts', () => {
    const errors = [
      { field: 'steps[1].children.x', reason: 'organisation.name-taken: …' },
      { field: 'steps.0.name', reason: 'must not be empty' },
      { field: 'title', reason: 'required' },
    ];
    expect(onRows(errors, [5, 9])).toEqual([
      { ...errors[0], row: 9 },
      { ...errors[1], row: 5 },
      errors[2],
    ]);
  });
});

describe('an invalid sheet', () => {
  it('counts its errors, in the singular for one, Vietnamese first', () => {
    const error = { field: 'steps[0].op', reason: 'x', row: 2 };
    expect(invalidSheet([error])).toMatchObject({
      status: 422,
      code: 'organisation.restructuring-invalid',
      message:
        'Tệp phương án có 1 lỗi, chưa áp dụng gì — 1 error in the sheet: nothing was applied',
      errors: [error],
    });
    expect(invalidSheet([error, error]).message).toBe(
      'Tệp phương án có 2 lỗi, chưa áp dụng gì — 2 errors in the sheet: nothing was applied',
    );
  });
});

describe('the read-input hook of the restructuring job', () => {
  const options = { title: 'Sắp xếp 2025', effectiveOn: '2025-07-01' };
  const upload = (lines: string[]) => ({
    format: 'csv' as const,
    content: Buffer.from(['Thao tác,Đơn vị,Đơn vị nhận', ...lines].join('\n')),
  });

  it('sends the sheet as the plan, and names the rows of what the service answers', async () => {
    const input = await readPlanSheet(
      upload([`giải thể,${KIM_MA},`, `sáp nhập,${KIM_MA},${CITY}`]),
      options,
    );
    expect(input.body).toEqual({
      ...options,
      steps: [
        { op: 'dissolve', unit: KIM_MA, successor: null },
        { op: 'merge', unit: KIM_MA, successor: CITY },
      ],
    });
    const conflict = { field: 'steps[1].unit', reason: 'already dissolved' };
    expect(input.previewed?.({ valid: false, conflicts: [conflict] })).toEqual({
      valid: false,
      conflicts: [{ ...conflict, row: 3 }],
    });
    const refused = new UpstreamProblem({
      status: 422,
      code: 'organisation.restructuring-invalid',
      title: 'Invalid',
      detail: '1 error',
      errors: [conflict],
    });
    expect(input.refused?.(refused)).toMatchObject({
      status: 422,
      errors: [{ ...conflict, row: 3 }],
    });
    const away = new ProblemError(503, 'upstream.unavailable', 'away');
    expect(input.refused?.(away)).toBe(away);
  });

  it('refuses a plan the sheet makes invalid, by row', async () => {
    await expect(readPlanSheet(upload(['rename,,']), options)).rejects.toMatchObject({
      code: 'organisation.restructuring-invalid',
      errors: [expect.objectContaining({ row: 2 }), expect.objectContaining({ row: 2 })],
    });
  });
});
