import { z } from 'zod';
import { jobDeclaration, jobFieldError, uploadedFile, uploadFileName } from './job-declaration';

/** Message patterns of organisation-service for unit imports. */
export const UNIT_IMPORT_RPC = {
  start: 'organisation.unit-imports.start',
  get: 'organisation.unit-imports.get',
} as const;

/** POST /api/v1/unit-imports: its query string (the file itself is the request body). */
export const unitImportQuery = z.strictObject({
  parentId: z
    .uuid('must be a unit id')
    .optional()
    .describe(
      'Đơn vị nhận các dòng không ghi cấp trên; mặc định là đơn vị được giao — where rows with an empty parent go; your scope unit if absent.',
    ),
  establishedOn: z.iso
    .date('must be a date YYYY-MM-DD')
    .optional()
    .describe(
      'Ngày thành lập của các dòng không ghi ngày; mặc định hôm nay — the date of rows without one; today if absent.',
    ),
  fileName: uploadFileName,
});

/** The gateway → service request: the file travels base64-encoded. */
export const startUnitImportRequest = z.strictObject({
  ...uploadedFile,
  parentId: z.uuid().optional(),
  establishedOn: z.iso.date().optional(),
});

export const importIdParam = z.uuid('must be an import id');

/** GET /api/v1/unit-imports/{id}: an import job and how far it is. */
export const unitImportJob = z.object({
  id: z
    .uuid()
    .describe(
      'Mã lần nhập; cùng tệp, cùng đơn vị thì cùng mã — the same file under the same unit is the same import.',
    ),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  parentId: z.uuid().describe('Đơn vị nhận các dòng không ghi cấp trên — the import parent.'),
  status: z
    .enum(['running', 'completed', 'failed'])
    .describe(
      'running: đang nhập; completed: đã nhập xong mọi dòng; failed: dừng ở một dòng bị từ chối.',
    ),
  total: z.number().int().describe('Số đơn vị trong tệp — units in the file.'),
  done: z.number().int().describe('Số đơn vị đã nhập — units established so far.'),
  percent: z.number().describe('Tiến độ, 0–100 — percent done.'),
  createdAt: z.string().describe('When the file was accepted (ISO 8601).'),
  finishedAt: z.string().optional(),
  failure: jobFieldError
    .optional()
    .describe(
      'Dòng bị từ chối khi đang nhập (cây đã thay đổi sau khi kiểm tra) — the row refused after validation.',
    ),
});

export type UnitImportJobDto = z.output<typeof unitImportJob>;

/** Nhập cơ cấu tổ chức: a unit structure from a CSV or XLSX file, as a job with progress. */
export const UNIT_IMPORT_JOB = jobDeclaration({
  path: '/api/v1/unit-imports',
  service: 'organisation',
  rpc: UNIT_IMPORT_RPC,
  permissions: { start: ['units:write'], read: ['units:read'] },
  // 25 MB: a whole city's structure (Hanoi, 22,000 rows) is about 2 MB as CSV.
  upload: { query: unitImportQuery, maxBytes: 25 * 1_048_576 },
  // Validating a city's file reads the tree under it.
  timeoutMs: 120_000,
  startRequest: startUnitImportRequest,
  idParam: importIdParam,
  view: unitImportJob,
  openapi: {
    schema: 'UnitImportJob',
    start: {
      operationId: 'importUnits',
      summary:
        'Nhập cơ cấu tổ chức từ tệp CSV/XLSX — Import a unit structure from a CSV or XLSX file',
      description: [
        'Cột (tiêu đề tiếng Việt hoặc tiếng Anh) — columns, by Vietnamese or English header:',
        '`Mã`/`code` (bắt buộc, duy nhất trong tệp), `Tên đơn vị`/`name`, `Loại`/`kind` (province, district, affiliated, grassroots, branch, group),',
        '`Mã cấp trên`/`parent` (mã của một dòng khác, hoặc mã đơn vị UUID đã có; để trống: đơn vị `parentId`), `Ngày thành lập`/`established on` (DD/MM/YYYY hoặc YYYY-MM-DD).',
        'The whole file is validated first: with any error, nothing is imported and the 422 lists every error with its `row` (as in the spreadsheet, the header is row 1), `column` and `reason`.',
        'A valid file becomes an import job (202) that establishes every unit, parents first, and goes on after a restart; the same file uploaded again under the same unit is the same job.',
      ].join(' '),
      accepted: 'Đã nhận, đang nhập — accepted; the job runs (Location: the job)',
      again: 'Tệp này đã được nhập — this file was imported already: its job',
      tooLarge: 'Tệp quá lớn — more than 25 MB',
      invalid:
        'Tệp có lỗi, chưa nhập gì — code organisation.import-invalid: `errors` lists every row, column and reason',
    },
    get: {
      operationId: 'getUnitImport',
      summary: 'Tiến độ nhập — An import job: status and percent done',
    },
  },
});
