import { unitImportJob, unitImportQuery } from '@vwu/internal-api';
import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import { errors, json, problem, schema } from './openapi-parts';

const file = { type: 'string', format: 'binary' };
const queryParameters = Object.entries(
  schema(unitImportQuery, 'input')['properties'] as Record<string, { description?: string }>,
).map(([name, property]) => ({
  name,
  in: 'query',
  required: false,
  schema: property,
  description: property.description,
}));

const importId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};

export const importPaths = {
  '/api/v1/unit-imports': {
    post: {
      summary:
        'Nhập cơ cấu tổ chức từ tệp CSV/XLSX — Import a unit structure from a CSV or XLSX file',
      description: [
        'Cột (tiêu đề tiếng Việt hoặc tiếng Anh) — columns, by Vietnamese or English header:',
        '`Mã`/`code` (bắt buộc, duy nhất trong tệp), `Tên đơn vị`/`name`, `Loại`/`kind` (province, district, affiliated, grassroots, branch, group),',
        '`Mã cấp trên`/`parent` (mã của một dòng khác, hoặc mã đơn vị UUID đã có; để trống: đơn vị `parentId`), `Ngày thành lập`/`established on` (DD/MM/YYYY hoặc YYYY-MM-DD).',
        'The whole file is validated first: with any error, nothing is imported and the 422 lists every error with its `row` (as in the spreadsheet, the header is row 1), `column` and `reason`.',
        'A valid file becomes an import job (202) that establishes every unit, parents first, and goes on after a restart; the same file uploaded again under the same unit is the same job.',
      ].join(' '),
      operationId: 'importUnits',
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
          description: 'Đã nhận, đang nhập — accepted; the job runs (Location: the job)',
          content: json('UnitImportJob'),
        },
        '200': {
          description: 'Tệp này đã được nhập — this file was imported already: its job',
          content: json('UnitImportJob'),
        },
        ...errors,
        '413': problem('Tệp quá lớn — more than 25 MB'),
        '415': problem('Không phải CSV hay XLSX — send text/csv or the XLSX media type'),
        '422': problem(
          'Tệp có lỗi, chưa nhập gì — code organisation.import-invalid: `errors` lists every row, column and reason',
        ),
      },
    },
  },
  '/api/v1/unit-imports/{id}': {
    get: {
      summary: 'Tiến độ nhập — An import job: status and percent done',
      operationId: 'getUnitImport',
      parameters: [importId],
      responses: { '200': { description: 'The job', content: json('UnitImportJob') }, ...errors },
    },
  },
};

export const importSchemas = { UnitImportJob: schema(unitImportJob, 'output') };
