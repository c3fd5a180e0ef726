import { memberImportJob, memberImportQuery } from '@vwu/internal-api';
import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import { errors, json, problem, schema, unitId } from './openapi-parts';

const file = { type: 'string', format: 'binary' };
const queryParameters = Object.entries(
  schema(memberImportQuery, 'input')['properties'] as Record<string, { description?: string }>,
).map(([name, property]) => ({
  name,
  in: 'query',
  required: false,
  schema: property,
  description: property.description,
}));

export const memberImportPaths = {
  '/api/v1/member-imports': {
    post: {
      summary:
        'Kết nạp hội viên hàng loạt từ tệp CSV/XLSX — Admit members in bulk from a CSV or XLSX list',
      description: [
        'Cột (tiêu đề tiếng Việt hoặc tiếng Anh) — columns, by Vietnamese or English header:',
        '`Họ và tên`/`fullName`, `Ngày sinh`/`dateOfBirth`, `Số CCCD`/`nationalId` (12 chữ số), `Chi hội`/`branch` (mã chi hội, UUID) bắt buộc — required;',
        '`Điện thoại`/`phone`, `Địa chỉ`/`address`, `Ngày kết nạp`/`admittedOn` (mặc định `admittedOn` của truy vấn, hoặc hôm nay), `Nhóm đặc thù`/`specialGroups` (mã hoặc tên tiếng Việt, cách nhau bởi , hoặc ;), `Tổ`/`group` (UUID), `Dân tộc`/`ethnicity`, `Tôn giáo`/`religion`, `Nghề nghiệp`/`occupation`, `Trình độ học vấn`/`education`. Dates DD/MM/YYYY or YYYY-MM-DD; up to 100,000 rows.',
        'The whole file is validated first (each cell; a CCCD twice in the file or held by an active member; an active branch in your scope; 18 or over on the day of admission): with any error nobody is admitted and the 422 lists every error by `row` (as the spreadsheet numbers it), `column` and `reason` (never the cell’s value).',
        'A valid file becomes a job (202) that admits every row as a single admission does (personal data sealed per member, the CCCD reserved, the events through the outbox) and goes on after a restart without admitting anyone twice; the same file from the same user is the same job.',
      ].join(' '),
      operationId: 'importMembers',
      parameters: queryParameters,
      requestBody: {
        required: true,
        content: {
          [TABLE_MEDIA_TYPES.csv]: { schema: file },
          [TABLE_MEDIA_TYPES.xlsx]: { schema: file },
        },
      },
      responses: {
        '202': {
          description: 'Đã nhận, đang kết nạp — accepted; the job runs (Location: the job)',
          content: json('MemberImportJob'),
        },
        '200': {
          description: 'Tệp này đã được nhận — this file was accepted already: its job',
          content: json('MemberImportJob'),
        },
        ...errors,
        '413': problem('Tệp quá lớn — more than 40 MB'),
        '415': problem('Không phải CSV hay XLSX — send text/csv or the XLSX media type'),
        '422': problem(
          'Tệp có lỗi, chưa kết nạp ai — code membership.import-invalid: `errors` lists every row, column and reason',
        ),
      },
    },
  },
  '/api/v1/member-imports/{id}': {
    get: {
      summary: 'Tiến độ kết nạp — A member import: status, total, admitted, percent, errors',
      operationId: 'getMemberImport',
      parameters: [{ ...unitId, description: 'The import id' }],
      responses: { '200': { description: 'The job', content: json('MemberImportJob') }, ...errors },
    },
  },
  '/api/v1/units/{id}/members.xlsx': {
    get: {
      summary: 'Danh sách hội viên của chi hội (XLSX) — A branch’s active members as a workbook',
      description:
        'Personal data in full (the import’s columns, so the list can be imported again): only for roles with members:read and members:personal-data in the branch’s scope; 403 for others (a masked list is of no use on paper). Built from the members’ own records; erased members are not listed.',
      operationId: 'exportBranchMembers',
      parameters: [unitId],
      responses: {
        '200': {
          description: 'The workbook',
          content: { [TABLE_MEDIA_TYPES.xlsx]: { schema: file } },
        },
        ...errors,
      },
    },
  },
};

export const memberImportSchemas = { MemberImportJob: schema(memberImportJob, 'output') };
