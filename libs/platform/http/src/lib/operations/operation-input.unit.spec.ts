import { operation } from '@vwu/internal-api';
import { z } from 'zod';
import { RequestValidationError } from '../validation/zod-validation';
import { operationInput } from './operation-input';

const declared = operation({
  operationId: 'renameThing',
  service: 'organisation',
  pattern: 'test.things.rename',
  method: 'patch',
  path: '/api/v1/things/{id}',
  permissions: ['units:write'],
  scope: { by: 'service' },
  params: { id: z.uuid('must be an id') },
  query: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
  body: {
    name: 'RenameThing',
    schema: z.strictObject({ name: z.string().min(1) }),
    optional: true,
  },
  response: { status: 200, description: 'Done', name: 'Done', schema: z.object({}) },
  summary: 'Rename a thing',
});
const rooted = operation({ ...declared, scope: { by: 'root' } });
const ID = '0b9a3c1e-6d6f-4c1f-9a51-3f7a9d1b2c3d';

function refusal(run: () => unknown): RequestValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationError) return error;
    throw error;
  }
  throw new Error('no refusal');
}

describe('operationInput', () => {
  it('checks each path parameter, the query and the body by the declared schemas', () => {
    const input = operationInput(declared, {
      params: { id: ID },
      query: { dryRun: 'true' },
      body: { name: 'Chi hội 5' },
    });
    expect(input).toEqual({
      params: { id: ID },
      query: { dryRun: 'true' },
      body: { name: 'Chi hội 5' },
    });
  });

  it('refuses a bad path parameter before looking at the body', () => {
    const error = refusal(() =>
      operationInput(declared, { params: { id: 'nope' }, body: { name: '' } }),
    );
    expect(error.errors).toEqual([{ field: '(root)', reason: 'must be an id' }]);
  });

  it('lists every field of a bad body, and an unknown query parameter', () => {
    expect(
      refusal(() => operationInput(declared, { params: { id: ID }, body: { name: '', x: 1 } }))
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['(root)', 'name']);
    expect(
      refusal(() => operationInput(declared, { params: { id: ID }, query: { other: '1' } })).errors,
    ).toHaveLength(1);
  });

  it('checks an optional body that is absent as {}', () => {
    const error = refusal(() => operationInput(declared, { params: { id: ID } }));
    expect(error.errors?.map((e) => e.field)).toEqual(['name']);
  });

  it('takes the union of a root-scoped call at the service only, and requires it there', () => {
    const raw = { params: { id: ID }, body: { name: 'a' } };
    expect(operationInput(rooted, raw)).not.toHaveProperty('unionId');
    expect(refusal(() => operationInput(rooted, raw, { atService: true })).errors).toHaveLength(1);
    expect(operationInput(rooted, { ...raw, unionId: ID }, { atService: true }).unionId).toBe(ID);
  });
});
