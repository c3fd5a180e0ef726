import { z } from 'zod';
import { jobDeclaration } from '@vwu/internal-api';
import { jobOpenApi, type OpenApiParts } from './job-openapi';
import { permissionsOf } from './job-controller';

const parts: OpenApiParts = {
  errors: { '401': { description: 'unauthenticated' } },
  json: (name) => ({ 'application/json': { schema: { $ref: name } } }),
  problem: (description) => ({ description }),
  schema: (type, io) => z.toJSONSchema(type, { io }),
  idempotencyKey: { name: 'Idempotency-Key', in: 'header' },
};

const job = jobDeclaration({
  path: '/api/v1/thing-imports',
  service: 'organisation',
  rpc: { start: 'things.start', get: 'things.get' },
  permissions: { start: ['units:write'], read: ['units:read'] },
  upload: {
    query: z.strictObject({ on: z.iso.date().optional().describe('The day') }),
    maxBytes: 1,
  },
  timeoutMs: 1,
  startRequest: z.object({ content: z.string() }),
  idParam: z.uuid(),
  view: z.object({ id: z.uuid() }),
  openapi: {
    schema: 'ThingImport',
    start: {
      operationId: 'importThings',
      summary: 'Nhập — Import things',
      description: 'Columns',
      accepted: 'accepted',
      again: 'again',
      tooLarge: 'too large',
      invalid: 'invalid',
    },
    get: { operationId: 'getThingImport', summary: 'Tiến độ — progress', id: 'The import id' },
  },
});

it('generates the upload route and the job resource from the declaration', () => {
  const { paths, schemas } = jobOpenApi(job, parts);
  expect(Object.keys(paths)).toEqual(['/api/v1/thing-imports', '/api/v1/thing-imports/{id}']);
  const post = paths['/api/v1/thing-imports']?.['post'] as {
    operationId: string;
    parameters: unknown;
    responses: Record<string, unknown>;
  };
  expect(post.operationId).toBe('importThings');
  expect(post.parameters).toEqual([
    {
      name: 'on',
      in: 'query',
      required: false,
      schema: expect.any(Object) as unknown,
      description: 'The day',
    },
  ]);
  expect(Object.keys(post.responses)).toEqual(['200', '202', '401', '413', '415', '422']);
  expect(post.responses['202']).toEqual({
    description: 'accepted',
    content: { 'application/json': { schema: { $ref: 'ThingImport' } } },
  });
  const get = paths['/api/v1/thing-imports/{id}']?.['get'] as Record<string, unknown>;
  expect(get['parameters']).toEqual([
    {
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string', format: 'uuid' },
      description: 'The import id',
    },
  ]);
  expect(Object.keys(schemas)).toEqual(['ThingImport']);
});

it('refuses a declared permission that does not exist', () => {
  expect(permissionsOf(['units:write'])).toEqual(['units:write']);
  expect(() => permissionsOf(['units:wirte'])).toThrow('unknown permissions in a job: units:wirte');
});

describe('a job that takes JSON or a sheet, and previews it', () => {
  const plan = z.strictObject({
    title: z.string().describe('The title'),
    steps: z.array(z.string()),
  });
  const planJob = jobDeclaration({
    ...job,
    path: '/api/v1/plans',
    rpc: { start: 'plans.start', get: 'plans.get', preview: 'plans.preview' },
    upload: { query: plan.omit({ steps: true }), maxBytes: 1 },
    json: { name: 'Plan', schema: plan },
    preview: { name: 'PlanPreview', view: z.object({ valid: z.boolean() }) },
    openapi: {
      schema: 'PlanJob',
      start: {
        ...job.openapi.start,
        operationId: 'applyPlan',
        tooLarge: undefined,
        queryNote: ' (sheet only)',
      },
      preview: {
        operationId: 'previewPlan',
        summary: 'Xem trước — Preview',
        description: 'Nothing is written',
        answer: 'What it would do',
      },
      get: { operationId: 'getPlanJob', summary: 'Tiến độ — progress' },
    },
  });
  const { paths, schemas } = jobOpenApi(planJob, parts);
  const start = paths['/api/v1/plans']?.['post'] as Record<string, Record<string, unknown>>;
  const preview = paths['/api/v1/plans/preview']?.['post'] as Record<
    string,
    Record<string, unknown>
  >;

  it('documents the Idempotency-Key first, then the query of a sheet with its note', () => {
    expect(start['parameters']).toEqual([
      { name: 'Idempotency-Key', in: 'header' },
      {
        name: 'title',
        in: 'query',
        required: false,
        schema: expect.any(Object) as unknown,
        description: 'The title (sheet only)',
      },
    ]);
  });

  it('takes the JSON body or a sheet, and leaves 413 and 415 to the edge', () => {
    expect(Object.keys(start['requestBody']?.['content'] as object)).toEqual([
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(Object.keys(start['responses'] as object)).toEqual(['200', '202', '401', '422']);
  });

  it('generates the preview from the same input, answered 200', () => {
    expect(preview['operationId']).toBe('previewPlan');
    expect(preview['requestBody']).toEqual(start['requestBody']);
    expect(Object.keys(preview['responses'] as object)).toEqual(['200', '401']);
    expect(Object.keys(schemas)).toEqual(['Plan', 'PlanPreview', 'PlanJob']);
  });
});
