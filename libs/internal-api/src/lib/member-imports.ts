import { z } from 'zod';

/** Message patterns of membership-service for member imports and lists. */
export const MEMBER_IMPORT_RPC = {
  start: 'membership.member-imports.start',
  get: 'membership.member-imports.get',
  exportBranch: 'membership.members.export-branch',
} as const;

/** POST /api/v1/member-imports: its query string (the file itself is the request body). */
export const memberImportQuery = z.strictObject({
  admittedOn: z.iso
    .date('must be a date YYYY-MM-DD')
    .optional()
    .describe(
      'Ngày kết nạp của các dòng không ghi ngày; mặc định hôm nay — the admission date of rows without one; today if absent.',
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
export const startMemberImportRequest = z.strictObject({
  content: z.base64('must be base64'),
  format: z.enum(['csv', 'xlsx']),
  fileName: z.string().min(1).max(200),
  admittedOn: z.iso.date().optional(),
});

export const memberImportIdParam = z.uuid('must be an import id');

const fieldError = z.object({
  field: z.string(),
  reason: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});

/** GET /api/v1/member-imports/{id}: an import job and how far it is. Nothing personal. */
export const memberImportJob = z.object({
  id: z
    .uuid()
    .describe(
      'Mã lần nhập; cùng tệp, cùng người tải lên thì cùng mã — the same file from the same user is the same import.',
    ),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: z
    .enum(['running', 'completed', 'failed'])
    .describe(
      'running: đang kết nạp; completed: đã kết nạp mọi dòng; failed: dừng ở một dòng bị từ chối (gửi lại tệp để tiếp tục).',
    ),
  total: z.number().int().describe('Số hội viên trong tệp — members in the file.'),
  admitted: z.number().int().describe('Số hội viên đã kết nạp — members admitted so far.'),
  percent: z.number().describe('Tiến độ, 0–100 — percent done.'),
  createdAt: z.string().describe('When the file was accepted (ISO 8601).'),
  finishedAt: z.string().optional(),
  errors: z
    .array(fieldError)
    .describe(
      'Dòng bị từ chối khi đang kết nạp (chi hội đóng, CCCD bị lấy sau khi kiểm tra) — the row refused after validation; empty otherwise.',
    ),
});

/** GET /api/v1/units/{id}/members.xlsx, service side. */
export const exportBranchRequest = z.strictObject({ branchId: z.uuid('must be a unit id') });

export const memberListFile = z.object({ fileName: z.string(), content: z.base64() });

export type MemberImportJobDto = z.output<typeof memberImportJob>;
export type MemberListFileDto = z.output<typeof memberListFile>;
