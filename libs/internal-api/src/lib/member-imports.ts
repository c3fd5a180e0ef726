import type { z } from 'zod';
import { importJobDeclaration } from './import-job';

/** Message patterns of membership-service for member imports and lists. */
export const MEMBER_IMPORT_RPC = {
  start: 'membership.member-imports.start',
  get: 'membership.member-imports.get',
  exportBranch: 'membership.members.export-branch',
} as const;

/** Kết nạp hội viên hàng loạt: members admitted in bulk from a CSV or XLSX list, as a job. */
export const MEMBER_IMPORT_JOB = importJobDeclaration({
  path: '/api/v1/member-imports',
  service: 'membership',
  rpc: MEMBER_IMPORT_RPC,
  permissions: { start: ['members:write', 'members:personal-data'], read: ['members:read'] },
  // 40 MB: 100,000 members are about 15 MB as CSV.
  maxMegabytes: 40,
  date: {
    name: 'admittedOn',
    description:
      'Ngày kết nạp của các dòng không ghi ngày; mặc định hôm nay — the admission date of rows without one; today if absent.',
  },
  done: {
    name: 'admitted',
    description: 'Số hội viên đã kết nạp — members admitted so far.',
  },
  fields: {
    status:
      'running: đang kết nạp; completed: đã kết nạp mọi dòng; failed: dừng ở một dòng bị từ chối (gửi lại tệp để tiếp tục).',
    total: 'Số hội viên trong tệp — members in the file.',
    errors:
      'Dòng bị từ chối khi đang kết nạp (chi hội đóng, CCCD bị lấy sau khi kiểm tra) — the row refused after validation; empty otherwise.',
  },
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
      invalid:
        'Tệp có lỗi, chưa kết nạp ai — code membership.import-invalid: `errors` lists every row, column and reason',
    },
    get: {
      operationId: 'getMemberImport',
      summary: 'Tiến độ kết nạp — A member import: status, total, admitted, percent, errors',
    },
  },
});

/** GET /api/v1/member-imports/{id}: an import job and how far it is. Nothing personal. */
export type MemberImportJobDto = z.output<typeof MEMBER_IMPORT_JOB.view>;
