import type { Operation, OperationInput } from '@vwu/internal-api';
import { z } from 'zod';
import { parseBody } from '../validation/zod-validation';

/** What arrived for an operation, before any check: path parameters, query string, body. */
export interface RawInput {
  readonly params?: Readonly<Record<string, unknown>>;
  readonly query?: unknown;
  readonly body?: unknown;
  /** Scope rule `root`: the union the gateway found the caller scoped to. */
  readonly unionId?: unknown;
}

const unionIdSchema = z.uuid('must be the id of the province or city union');

function paramsOf(operation: Operation, raw: RawInput): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(operation.params).map(([name, schema]) => [
      name,
      parseBody(schema, raw.params?.[name]),
    ]),
  );
}

function bodyOf(operation: Operation, raw: RawInput): unknown {
  const declared = operation.body;
  if (!declared) return {};
  return parseBody(declared.schema, raw.body ?? (declared.optional ? {} : undefined));
}

/**
 * The operation's inputs checked by its declared schemas (422 with every field of the first part
 * that fails): each path parameter on its own, then the query, then the body. The gateway checks
 * them and the service again (`atService`), with the same declaration.
 */
export function operationInput<O extends Operation>(
  operation: O,
  raw: RawInput,
  { atService = false }: { readonly atService?: boolean } = {},
): OperationInput<O> {
  const params = paramsOf(operation, raw);
  const query = operation.query ? parseBody(operation.query, raw.query ?? {}) : {};
  const body = bodyOf(operation, raw);
  // Scope rule `root`: the gateway finds the union after checking the inputs, and sends it.
  const rooted = atService && operation.scope.by === 'root';
  const unionId = rooted ? { unionId: parseBody(unionIdSchema, raw.unionId) } : {};
  return { params, query, body, ...unionId } as OperationInput<O>;
}
