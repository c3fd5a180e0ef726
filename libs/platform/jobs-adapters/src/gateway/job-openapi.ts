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
  /** The Idempotency-Key header parameter. */
  readonly idempotencyKey: Record<string, unknown>;
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

/** The start's parameters and body: a sheet, or (a job that takes JSON too) JSON or a sheet. */
function startInput(job: JobDeclaration, parts: OpenApiParts) {
  const { json, upload, openapi } = job;
  const sheets = {
    [TABLE_MEDIA_TYPES.csv]: { schema: FILE },
    [TABLE_MEDIA_TYPES.xlsx]: { schema: FILE },
  };
  if (!json)
    return {
      parameters: queryParameters(upload.query, parts),
      requestBody: { required: true, content: sheets },
    };
  const note = openapi.start.queryNote ?? '';
  return {
    parameters: queryParameters(upload.query, parts, (text) => `${text ?? ''}${note}`),
    requestBody: { required: true, content: { ...parts.json(json.name), ...sheets } },
  };
}

/** The dry run of a job that has one: its path and its answer's schema. */
function previewOf(job: JobDeclaration, parts: OpenApiParts): JobOpenApi {
  const docs = job.openapi.preview;
  if (!job.preview || !docs) return { paths: {}, schemas: {} };
  const { name, view } = job.preview;
  const post = {
    summary: docs.summary,
    description: docs.description,
    operationId: docs.operationId,
    ...startInput(job, parts),
    responses: { '200': { description: docs.answer, content: parts.json(name) }, ...parts.errors },
  };
  return {
    paths: { [`${job.path}/preview`]: { post } },
    schemas: { [name]: parts.schema(view, 'output') },
  };
}

/** The OpenAPI paths and schemas of a job, generated from its declaration. */
export function jobOpenApi(job: JobDeclaration, parts: OpenApiParts): JobOpenApi {
  const { start, get, schema } = job.openapi;
  const { errors, json, problem } = parts;
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const input = startInput(job, parts);
  const post = {
    summary: start.summary,
    description: start.description,
    operationId: start.operationId,
    // A JSON body is a command the Idempotency-Key makes safe to retry: documented first.
    parameters: job.json ? [parts.idempotencyKey, ...input.parameters] : input.parameters,
    requestBody: input.requestBody,
    responses: {
      '202': { description: start.accepted, content: json(schema) },
      '200': { description: start.again, content: json(schema) },
      ...errors,
      ...(start.tooLarge ? { '413': problem(start.tooLarge) } : {}),
      // A route that takes JSON too answers the edge's 415, naming every type it takes.
      ...(job.json ? {} : { '415': problem(UNSUPPORTED) }),
      '422': problem(start.invalid),
    },
  };
  const read = {
    summary: get.summary,
    operationId: get.operationId,
    parameters: [get.id ? { ...id, description: get.id } : id],
    responses: { '200': { description: 'The job', content: json(schema) }, ...errors },
  };
  const preview = previewOf(job, parts);
  return {
    paths: {
      ...preview.paths,
      [job.path]: { post },
      [`${job.path}/{id}`]: { get: read },
    },
    schemas: {
      ...(job.json ? { [job.json.name]: parts.schema(job.json.schema, 'input') } : {}),
      ...preview.schemas,
      [schema]: parts.schema(job.view, 'output'),
    },
  };
}
