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
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A retried request with the same key returns the first response and changes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
