import {
  establishUnitBody,
  renameUnitBody,
  rpcProblemSchema,
  unitCommandResult,
  unitPage,
  unitView,
} from '@vwu/internal-api';
import { z } from 'zod';

function schema(type: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const errors = {
  '401': problem('Chưa xác thực — missing or invalid bearer token'),
  '403': problem(
    "Không có quyền — the role lacks the permission, or the unit is outside the user's scope",
  ),
  '404': problem('Không tìm thấy — unknown unit'),
  '422': problem('Dữ liệu không hợp lệ — invalid input: `errors` lists each field and why'),
};

const unitId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A retried request with the same key returns the first response and changes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const paths = {
  '/api/v1/units': {
    post: {
      summary: 'Thành lập đơn vị — Establish a unit',
      operationId: 'establishUnit',
      parameters: [idempotencyKey],
      requestBody: { required: true, content: json('EstablishUnit') },
      responses: {
        '201': { description: 'Established', content: json('UnitCommandResult') },
        ...errors,
        '409': problem('Xung đột — a sibling has this name, or the unit changed meanwhile'),
      },
    },
  },
  '/api/v1/units/{id}': {
    get: {
      summary: 'Xem đơn vị — Read a unit',
      operationId: 'getUnit',
      parameters: [
        unitId,
        {
          name: 'minVersion',
          in: 'query',
          schema: { type: 'integer', minimum: 1 },
          description: 'Wait until the read model has applied this version (read-your-writes).',
        },
        {
          name: 'waitMs',
          in: 'query',
          schema: { type: 'integer', minimum: 0, maximum: 10000, default: 5000 },
        },
      ],
      responses: {
        '200': { description: 'The unit', content: json('Unit') },
        ...errors,
        '503': problem(
          'Dữ liệu đang được cập nhật — the read model has not reached minVersion yet',
        ),
      },
    },
    patch: {
      summary: 'Đổi tên đơn vị — Rename a unit',
      operationId: 'renameUnit',
      parameters: [unitId, idempotencyKey],
      requestBody: { required: true, content: json('RenameUnit') },
      responses: {
        '200': { description: 'Renamed', content: json('UnitCommandResult') },
        ...errors,
        '409': problem('Xung đột — a sibling has this name'),
      },
    },
  },
  '/api/v1/units/{id}/children': {
    get: {
      summary: 'Đơn vị trực thuộc — A unit’s children, in name order',
      operationId: 'listUnitChildren',
      parameters: [
        unitId,
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
        {
          name: 'after',
          in: 'query',
          schema: { type: 'string' },
          description: 'nextCursor of the previous page',
        },
      ],
      responses: {
        '200': { description: 'A page of children', content: json('UnitPage') },
        ...errors,
      },
    },
  },
};

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'vwu-platform API',
      version: '1.0.0',
      description:
        'API của nền tảng Hội LHPN Việt Nam: mọi lệnh và truy vấn của ứng dụng web và di động. — The Vietnam Women’s Union platform API. Errors are RFC 9457 problem+json with a stable `code`.',
    },
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        EstablishUnit: schema(establishUnitBody, 'input'),
        RenameUnit: schema(renameUnitBody, 'input'),
        UnitCommandResult: schema(unitCommandResult, 'output'),
        Unit: schema(unitView, 'output'),
        UnitPage: schema(unitPage, 'output'),
        Problem: schema(rpcProblemSchema, 'output'),
      },
    },
  };
}
