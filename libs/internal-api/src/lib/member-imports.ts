import { z } from 'zod';
import { jobDeclaration, jobFieldError, uploadedFile, uploadFileName } from './job-declaration';

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
  fileName: uploadFileName,
});

/** The gateway → service request: the file travels base64-encoded. */
export const startMemberImportRequest = z.strictObject({
  ...uploadedFile,
  admittedOn: z.iso.date().optional(),
});

export const memberImportIdParam = z.uuid('must be an import id');

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
    .array(jobFieldError)
    .describe(
      'Dòng bị từ chối khi đang kết nạp (chi hội đóng, CCCD bị lấy sau khi kiểm tra) — the row refused after validation; empty otherwise.',
    ),
});

export type MemberImportJobDto = z.output<typeof memberImportJob>;

/** Kết nạp hội viên hàng loạt: members admitted in bulk from a CSV or XLSX list, as a job. */
export const MEMBER_IMPORT_JOB = jobDeclaration({
  path: '/api/v1/member-imports',
  service: 'membership',
  rpc: MEMBER_IMPORT_RPC,
  permissions: { start: ['members:write', 'members:personal-data'], read: ['members:read'] },
  // 40 MB: 100,000 members are about 15 MB as CSV.
  upload: { query: memberImportQuery, maxBytes: 40 * 1_048_576 },
  // Validating 100,000 rows reads the reservations of every number.
  timeoutMs: 180_000,
  startRequest: startMemberImportRequest,
  idParam: memberImportIdParam,
  view: memberImportJob,
  openapi: {
    schema: 'MemberImportJob',
    start: {
      operationId: 'importMembers',
      summary:
        'Kết nạp hội viên hàng loạt từ tệp CSV/XLSX — Admit members in bulk from a CSV or XLSX list',
      description: [
        'Cột (tiêu đề tiếng Việt hoặc tiếng Anh) — columns, by Vietnamese or English header:',
        '`Họ và tên`/`fullName`, `Ngày sinh`/`dateOfBirth`, `Số CCCD`/`nationalId` (12 chữ số), `Chi hội`/`branch` (mã chi hội, UUID) bắt buộc — required;',
        '`Điện thoại`/`phone`, `Địa chỉ`/`address`, `Ngày kết nạp`/`admittedOn` (mặc định `admittedOn` của truy vấn, hoặc hôm nay), `Nhóm đặc thù`/`specialGroups` (mã hoặc tên tiếng Việt, cách nhau bởi , hoặc ;), `Tổ`/`group` (UUID), `Dân tộc`/`ethnicity`, `Tôn giáo`/`religion`, `Nghề nghiệp`/`occupation`, `Trình độ học vấn`/`education`. Dates DD/MM/YYYY or YYYY-MM-DD; up to 100,000 rows.',
        'The whole file is validated first (each cell; a CCCD twice in the file or held by an active member; an active branch in your scope; 18 or over on the day of admission): with any error nobody is admitted and the 422 lists every error by `row` (as the spreadsheet numbers it), `column` and `reason` (never the cell’s value).',
        'A valid file becomes a job (202) that admits every row as a single admission does (personal data sealed per member, the CCCD reserved, the events through the outbox) and goes on after a restart without admitting anyone twice; the same file from the same user is the same job.',
      ].join(' '),
      accepted: 'Đã nhận, đang kết nạp — accepted; the job runs (Location: the job)',
      again: 'Tệp này đã được nhận — this file was accepted already: its job',
      tooLarge: 'Tệp quá lớn — more than 40 MB',
      invalid:
        'Tệp có lỗi, chưa kết nạp ai — code membership.import-invalid: `errors` lists every row, column and reason',
    },
    get: {
      operationId: 'getMemberImport',
      summary: 'Tiến độ kết nạp — A member import: status, total, admitted, percent, errors',
      id: 'The import id',
    },
  },
});
