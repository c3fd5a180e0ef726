import type { z } from 'zod';
import { importJobDeclaration } from './import-job';

/** Message patterns of training-service for cadre imports and lists. */
export const CADRE_IMPORT_RPC = {
  start: 'training.cadre-imports.start',
  get: 'training.cadre-imports.get',
  exportUnit: 'training.cadres.export-unit',
} as const;

/** Tiếp nhận hồ sơ cán bộ hàng loạt: cadres registered (and appointed) from a CSV or XLSX list. */
export const CADRE_IMPORT_JOB = importJobDeclaration({
  path: '/api/v1/cadre-imports',
  service: 'training',
  rpc: CADRE_IMPORT_RPC,
  permissions: { start: ['cadres:write', 'cadres:personal-data'], read: ['cadres:read'] },
  // 20 MB: 50,000 cadres are about 8 MB as CSV.
  maxMegabytes: 20,
  date: {
    name: 'registeredOn',
    description:
      'Ngày tiếp nhận của các dòng không ghi ngày; mặc định hôm nay — the day the records of rows without one open; today if absent.',
  },
  done: {
    name: 'registered',
    description: 'Số hồ sơ đã tiếp nhận — cadres registered so far.',
  },
  fields: {
    status:
      'running: đang tiếp nhận; completed: đã tiếp nhận mọi dòng; failed: dừng ở một dòng bị từ chối (gửi lại tệp để tiếp tục).',
    total: 'Số cán bộ trong tệp — cadres in the file.',
    errors:
      'Dòng bị từ chối khi đang tiếp nhận (đơn vị đóng, chức vụ bị người khác nhận sau khi kiểm tra) — the row refused after validation; empty otherwise.',
  },
  openapi: {
    schema: 'CadreImportJob',
    start: {
      operationId: 'importCadres',
      summary:
        'Tiếp nhận hồ sơ cán bộ hàng loạt từ tệp CSV/XLSX — Register cadres in bulk from a CSV or XLSX list',
      description: [
        'Một dòng một cán bộ; cột (tiêu đề tiếng Việt hoặc tiếng Anh) — one row per cadre, columns by Vietnamese or English header:',
        '`Họ và tên`/`fullName`, `Ngày sinh`/`dateOfBirth`, `Số CCCD`/`nationalId` (12 chữ số), `Đơn vị`/`unit` (mã đơn vị giữ hồ sơ, UUID) bắt buộc — required;',
        '`Trình độ`/`education` (trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ), `Lý luận chính trị`/`politicalTheory` (sơ cấp, trung cấp, cao cấp), `Đảng viên`/`party` and `Chuyên trách`/`fullTime` (có/không, yes/no): the columns are required, an empty cell is a fact not known yet; labels or codes;',
        '`Điện thoại`/`phone`, `Mã hội viên`/`memberId`, `Ngày tiếp nhận`/`registeredOn` (default the query’s `registeredOn`, or today), `Chức vụ`/`position` (code or Vietnamese label), `Đơn vị công tác`/`postUnit` (the post’s unit; the record’s if empty), `Ngày bổ nhiệm`/`appointedOn` (required with a position). Dates DD/MM/YYYY or YYYY-MM-DD; up to 50,000 rows.',
        'The whole file is checked first (each cell; active units in your scope; 18 or over; a position the unit’s kind has; two rows taking one single seat, or a single seat already held; a CCCD twice): with any error nobody is registered and the 422 lists every error by `row`, `column` and `reason` (never the cell’s value).',
        'A valid file becomes a job (202) that registers and appoints every row as the single commands do (personal data sealed per cadre, single seats reserved, the events through the outbox) and goes on after a restart without registering anyone twice; the same file from the same user is the same job. Needs cadres:write and cadres:personal-data.',
      ].join(' '),
      accepted: 'Đã nhận, đang tiếp nhận — accepted; the job runs (Location: the job)',
      invalid:
        'Tệp có lỗi, chưa tiếp nhận hồ sơ nào — code training.import-invalid: `errors` lists every row, column and reason',
    },
    get: {
      operationId: 'getCadreImport',
      summary: 'Tiến độ tiếp nhận — A cadre import: status, total, registered, percent, errors',
    },
  },
});

/** GET /api/v1/cadre-imports/{id}: an import job and how far it is. Nothing personal. */
export type CadreImportJobDto = z.output<typeof CADRE_IMPORT_JOB.view>;
