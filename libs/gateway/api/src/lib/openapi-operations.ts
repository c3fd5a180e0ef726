import type { Operation } from '@vwu/internal-api';
import type { z } from 'zod';
import { errors, json, problem, schema } from './openapi-parts';
import { readYourWritesResponses } from './openapi-responses';

// The OpenAPI paths and component schemas of the declared operations: nothing here is written
// per operation.

type JsonSchema = Record<string, unknown>;
type Paths = Record<string, Record<string, unknown>>;

/** A parameter's own description lifted out of its schema, as OpenAPI places it. */
function parameter(name: string, place: 'path' | 'query', json: JsonSchema, required: boolean) {
  const { description, ...rest } = json;
  return {
    name,
    in: place,
    ...(required ? { required: true } : {}),
    schema: rest,
    ...(typeof description === 'string' ? { description } : {}),
  };
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const object = schema(query, 'input') as {
    readonly properties?: Record<string, JsonSchema>;
    readonly required?: readonly string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, json]) =>
    parameter(name, 'query', json, object.required?.includes(name) ?? false),
  );
}

/** A JSON answer by its component schema's name, or a file of the declared media type. */
function answer({ name, file }: Operation['response']) {
  return file ? { [file]: { schema: { type: 'string', format: 'binary' } } } : json(name);
}

function responses(operation: Operation) {
  const { status, description, location } = operation.response;
  const headers = location
    ? {
        headers: {
          Location: {
            description: 'Địa chỉ của đối tượng mới — where it is now',
            schema: { type: 'string' },
          },
        },
      }
    : {};
  const problems = Object.fromEntries(
    Object.entries(operation.problems ?? {}).map(([code, text]) => [code, problem(text)]),
  );
  return {
    [String(status)]: { description, content: answer(operation.response), ...headers },
    ...errors,
    ...(operation.readYourWrites ? readYourWritesResponses(operation.readYourWrites.notFound) : {}),
    ...problems,
  };
}

function pathItem(operation: Operation) {
  const { operationId, summary, description, params, query, body } = operation;
  return {
    summary,
    ...(description ? { description } : {}),
    operationId,
    parameters: [
      ...Object.entries(params).map(([name, type]) =>
        parameter(name, 'path', schema(type, 'input'), true),
      ),
      ...queryParameters(query),
    ],
    ...(body ? { requestBody: { required: !body.optional, content: json(body.name) } } : {}),
    responses: responses(operation),
  };
}

/** Every operation under its path and method. */
export function operationPaths(operations: readonly Operation[]): Paths {
  const paths: Paths = {};
  for (const operation of operations)
    paths[operation.path] = { ...paths[operation.path], [operation.method]: pathItem(operation) };
  return paths;
}

/** The request and response schemas the operations name; one name, one schema. */
export function operationSchemas(operations: readonly Operation[]): Record<string, JsonSchema> {
  const named = new Map<string, z.ZodType>();
  const add = (name: string, type: z.ZodType) => {
    if (named.has(name) && named.get(name) !== type)
      throw new Error(`two schemas are named ${name} in the OpenAPI document`);
    named.set(name, type);
  };
  const components: Record<string, JsonSchema> = {};
  for (const { body, response } of operations) {
    if (body) add(body.name, body.schema);
    if (body) components[body.name] = schema(body.schema, 'input');
    if (response.file) continue;
    add(response.name, response.schema);
    components[response.name] = schema(response.schema, 'output');
  }
  return components;
}
