import type { JobDeclaration } from '@vwu/internal-api';
import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import type { z } from 'zod';

/** The gateway's building blocks of its OpenAPI document, which a job's entry is made of. */
export interface OpenApiParts {
  /** What every route may answer (401, 403, 404, 422). */
  readonly errors: Record<string, unknown>;
  readonly json: (schema: string) => Record<string, unknown>;
  readonly problem: (description: string) => Record<string, unknown>;
  readonly schema: (type: z.ZodType, io: 'input' | 'output') => Record<string, unknown>;
}

/** A job's part of the OpenAPI document: its paths and its component schemas. */
export interface JobOpenApi {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly schemas: Record<string, Record<string, unknown>>;
}

const FILE = { type: 'string', format: 'binary' };
const UNSUPPORTED = 'Không phải CSV hay XLSX — send text/csv or the XLSX media type';

/** The query string's options as OpenAPI parameters, each with the schema's description. */
export function queryParameters(
  query: z.ZodObject,
  parts: OpenApiParts,
  note = (description: string | undefined) => description,
): Record<string, unknown>[] {
  const { properties } = parts.schema(query, 'input') as {
    properties: Record<string, { description?: string }>;
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    schema: property,
    description: note(property.description),
  }));
}

/** The OpenAPI paths and schemas of a job, generated from its declaration. */
export function jobOpenApi(job: JobDeclaration, parts: OpenApiParts): JobOpenApi {
  const { start, get, schema } = job.openapi;
  const { errors, json, problem } = parts;
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const post = {
    summary: start.summary,
    description: start.description,
    operationId: start.operationId,
    parameters: queryParameters(job.upload.query, parts),
    requestBody: {
      required: true,
      content: {
        [TABLE_MEDIA_TYPES.csv]: { schema: FILE },
        [TABLE_MEDIA_TYPES.xlsx]: { schema: FILE },
      },
    },
    responses: {
      '202': { description: start.accepted, content: json(schema) },
      '200': { description: start.again, content: json(schema) },
      ...errors,
      '413': problem(start.tooLarge),
      '415': problem(UNSUPPORTED),
      '422': problem(start.invalid),
    },
  };
  const read = {
    summary: get.summary,
    operationId: get.operationId,
    parameters: [get.id ? { ...id, description: get.id } : id],
    responses: { '200': { description: 'The job', content: json(schema) }, ...errors },
  };
  return {
    paths: { [job.path]: { post }, [`${job.path}/{id}`]: { get: read } },
    schemas: { [schema]: parts.schema(job.view, 'output') },
  };
}
