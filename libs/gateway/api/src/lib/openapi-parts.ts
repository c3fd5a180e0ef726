import { IDEMPOTENCY_KEY_HEADER } from '@vwu/platform-http';
import { z } from 'zod';

// Building blocks of the OpenAPI document.

export function schema(type: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' });
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** What every error answers (the problem filter writes it): RFC 9457 members, `code`, `errors`. */
export const problemSchema = {
  type: 'object',
  description:
    'RFC 9457 problem details. `code` is stable: switch on it, never on `title` or `detail`.',
  required: ['type', 'title', 'status', 'detail', 'code', 'instance'],
  properties: {
    type: { type: 'string', format: 'uri', description: '`https://vwu.vn/problems/<code>`' },
    title: { type: 'string', description: 'Vietnamese first, then English; one per status.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'This occurrence, for people; never a value sent.' },
    instance: { type: 'string', description: 'The request path, without its query string.' },
    code: { type: 'string', minLength: 1 },
    errors: {
      type: 'array',
      description: 'Each invalid field (or row and column of a file) and why.',
      items: {
        type: 'object',
        required: ['field', 'reason'],
        properties: {
          field: { type: 'string' },
          reason: { type: 'string' },
          row: { type: 'integer', description: 'The spreadsheet row; the header is row 1.' },
          column: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

export const errors = {
  '401': problem('Chưa xác thực — missing or invalid bearer token'),
  '403': problem(
    "Không có quyền — the role lacks the permission, or the unit is outside the user's scope",
  ),
  '404': problem('Không tìm thấy — unknown unit'),
  '422': problem('Dữ liệu không hợp lệ — invalid input: `errors` lists each field and why'),
};

export const unitId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};
export const idempotencyKey = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    'A retried request with the same key returns the first response and changes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
