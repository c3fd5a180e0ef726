import { getUnit, PUBLIC_OPERATIONS, transferMember, untagSpecialGroup } from '@vwu/internal-api';
import { operationPaths, operationSchemas } from './openapi-operations';

const operations = Object.values(PUBLIC_OPERATIONS).flat();

describe('the OpenAPI entries generated from the declarations', () => {
  const paths = operationPaths(operations);

  it('gives every declared operation its path, method and operationId, each once', () => {
    const ids = Object.values(paths).flatMap((item) =>
      Object.values(item).map((op) => (op as { operationId: string }).operationId),
    );
    expect(ids.sort()).toEqual(operations.map((o) => o.operationId).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents path parameters, the body and the answers of a command', () => {
    const entry = paths[transferMember.path]?.['post'] as Record<string, unknown>;
    expect(entry['parameters']).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
    expect(entry['requestBody']).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/TransferMember' } } },
    });
    expect(Object.keys(entry['responses'] as object)).toEqual(
      expect.arrayContaining(['200', '401', '403', '404', '422']),
    );
    const untag = paths[untagSpecialGroup.path]?.['delete'] as { parameters: { name: string }[] };
    expect(untag.parameters.map((p) => p.name)).toEqual(['id', 'group']);
  });

  it('documents a read’s query parameters from its schema and its read-your-writes answers', () => {
    const entry = paths[getUnit.path]?.['get'] as {
      parameters: { name: string; in: string; description?: string }[];
      responses: Record<string, unknown>;
    };
    expect(entry.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual([
      'minVersion',
      'waitMs',
    ]);
    expect(entry.parameters[1]?.description).toMatch(/^Chờ dữ liệu/);
    expect(Object.keys(entry.responses)).toEqual(expect.arrayContaining(['404', '422', '503']));
  });

  it('names each request and response schema once, from the zod that checks it', () => {
    const schemas = operationSchemas(operations);
    expect(schemas['TransferMember']).toMatchObject({
      type: 'object',
      additionalProperties: false,
    });
    expect(schemas['Member']).toMatchObject({ type: 'object' });
  });
});
