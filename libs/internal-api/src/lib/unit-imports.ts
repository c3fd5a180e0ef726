import { z } from 'zod';

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
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Tên tệp để hiển thị — the file name shown on the job.'),
});

/** The gateway → service request: the file travels base64-encoded. */
export const startUnitImportRequest = z.strictObject({
  content: z.base64('must be base64'),
  format: z.enum(['csv', 'xlsx']),
  fileName: z.string().min(1).max(200),
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
  failure: z
    .object({
      field: z.string(),
      reason: z.string(),
      row: z.number().int().optional(),
      column: z.string().optional(),
    })
    .optional()
    .describe(
      'Dòng bị từ chối khi đang nhập (cây đã thay đổi sau khi kiểm tra) — the row refused after validation.',
    ),
});

export type UnitImportJobDto = z.output<typeof unitImportJob>;
