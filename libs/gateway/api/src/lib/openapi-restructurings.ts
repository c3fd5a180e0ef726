import { restructuringJob, restructuringPlan, restructuringPreview } from '@vwu/internal-api';
import { errors, idempotencyKey, json, problem, ref, schema } from './openapi-parts';

const planBody = {
  required: true,
  content: { 'application/json': { schema: ref('RestructuringPlan') } },
};
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
      description: `${STEPS} Nothing is written: every change (children of merged and dissolved units included) and every conflict is listed.`,
      operationId: 'previewRestructuring',
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
      description: `${STEPS} The plan is validated whole; with any conflict nothing is applied (422, every conflict listed). A valid plan becomes a job (202) that applies every step and goes on after a restart; the same plan again is the same job.`,
      operationId: 'applyRestructuring',
      parameters: [idempotencyKey],
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
