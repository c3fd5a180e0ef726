import {
  restructuringJob,
  restructuringPlan,
  restructuringPreview,
  restructuringSheetQuery,
} from '@vwu/internal-api';
import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import { errors, idempotencyKey, json, problem, ref, schema } from './openapi-parts';

const file = { type: 'string', format: 'binary' };
const planBody = {
  required: true,
  content: {
    'application/json': { schema: ref('RestructuringPlan') },
    [TABLE_MEDIA_TYPES.csv]: { schema: file },
    [TABLE_MEDIA_TYPES.xlsx]: { schema: file },
  },
};
/** For a sheet: the plan's title and day in the query string. */
const sheetParameters = Object.entries(
  schema(restructuringSheetQuery, 'input')['properties'] as Record<
    string,
    { description?: string }
  >,
).map(([name, property]) => ({
  name,
  in: 'query',
  required: false,
  schema: property,
  description: `${property.description ?? ''} (only for a CSV or XLSX plan; required there)`,
}));
const SHEET = [
  'As a CSV or XLSX sheet, one step a row, columns `Thao tác`/`op` (thành lập, đổi tên, chuyển, sáp nhập, giải thể, or the English names),',
  '`Đơn vị`/`unit` (a unit id; for thành lập the new unit’s ref), `Đơn vị nhận`/`target` (the parent or successor),',
  '`Tên`/`name`, `Loại`/`kind`; errors and conflicts then also give the sheet’s `row`.',
].join(' ');
const STEPS = [
  'Bước — steps, in order, all on `effectiveOn`:',
  '`establish` {ref, name, kind, parent}; `rename` {unit, name}; `move` {unit, parent};',
  '`merge` {unit, successor} (the children move to the successor); `dissolve` {unit, successor?}.',
  'A unit is named by its id, or by the `ref` of an earlier establish step.',
].join(' ');

export const restructuringPaths = {
  '/api/v1/restructurings/preview': {
    post: {
      summary: 'Xem trước phương án sắp xếp — Preview a restructuring plan',
      description: `${STEPS} ${SHEET} Nothing is written: every change (children of merged and dissolved units included) and every conflict is listed.`,
      operationId: 'previewRestructuring',
      parameters: sheetParameters,
      requestBody: planBody,
      responses: {
        '200': { description: 'Các thay đổi và xung đột', content: json('RestructuringPreview') },
        ...errors,
      },
    },
  },
  '/api/v1/restructurings': {
    post: {
      summary: 'Áp dụng phương án sắp xếp — Apply a restructuring plan as one operation',
      description: `${STEPS} ${SHEET} The plan is validated whole; with any conflict nothing is applied (422, every conflict listed). A valid plan becomes a job (202) that applies every step and goes on after a restart; the same plan again is the same job.`,
      operationId: 'applyRestructuring',
      parameters: [idempotencyKey, ...sheetParameters],
      requestBody: planBody,
      responses: {
        '202': { description: 'Đã nhận, đang áp dụng — accepted', content: json('Restructuring') },
        '200': {
          description: 'Phương án này đã có — this plan exists: its job',
          content: json('Restructuring'),
        },
        ...errors,
        '422': problem(
          'Phương án có xung đột, chưa áp dụng gì — code organisation.restructuring-invalid: `errors` lists every conflict',
        ),
      },
    },
  },
  '/api/v1/restructurings/{id}': {
    get: {
      summary: 'Tiến độ áp dụng — A restructuring job: status and percent done',
      operationId: 'getRestructuring',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      ],
      responses: { '200': { description: 'The job', content: json('Restructuring') }, ...errors },
    },
  },
};

export const restructuringSchemas = {
  RestructuringPlan: schema(restructuringPlan, 'input'),
  RestructuringPreview: schema(restructuringPreview, 'output'),
  Restructuring: schema(restructuringJob, 'output'),
};
