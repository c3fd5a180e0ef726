// Requests for every operation of the served OpenAPI document, and the checks of their answers:
// the contract test's machinery (api-contract.e2e.spec.ts).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';

export type Schema = Record<string, unknown>;

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly schema: Schema;
}

interface Response {
  readonly content?: Record<string, { readonly schema?: Schema }>;
}

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly parameters: readonly Parameter[];
  readonly bodyTypes: readonly string[];
  readonly bodySchema?: Schema;
  readonly responses: Readonly<Record<string, Response>>;
  readonly public: boolean;
}

export interface Document {
  readonly paths: Record<string, Record<string, Record<string, unknown>>>;
  readonly components: { readonly schemas: Record<string, Schema> };
}

/** One request of a case: what goes out, and a name for the failure message. */
export interface Case {
  readonly name: string;
  readonly path: string;
  readonly authenticated: boolean;
  readonly contentType?: string;
  readonly body?: string | Uint8Array;
}

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv';
/** Above every limit: JSON commands (1 MB), plans (5 MB) and uploads (25 and 40 MB). */
const OVERSIZE_BYTES = 41 * 1_048_576;

export function operationsOf(document: Document): Operation[] {
  const global = (document as { security?: unknown[] }).security ?? [];
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const requestBody = raw['requestBody'] as { content: Record<string, { schema?: Schema }> };
      const content = requestBody?.content ?? {};
      const security = (raw['security'] as unknown[] | undefined) ?? global;
      return {
        method: method.toUpperCase(),
        path,
        operationId: String(raw['operationId']),
        parameters: (raw['parameters'] as Parameter[] | undefined) ?? [],
        bodyTypes: Object.keys(content),
        bodySchema: content[JSON_TYPE]?.schema,
        responses: raw['responses'] as Record<string, Response>,
        public: security.length === 0,
      };
    }),
  );
}

/** Resolves a local `$ref` of the document. */
function resolved(document: Document, schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  return resolved(document, document.components.schemas[name] ?? {});
}

/** A plausible value for a schema: required members only, the first of a choice. */
export function sample(document: Document, raw: Schema, unitId: string): unknown {
  const schema = resolved(document, raw);
  const given = [
    schema['const'],
    (schema['enum'] as unknown[] | undefined)?.[0],
    schema['default'],
  ];
  const fixed = given.find((value) => value !== undefined);
  if (fixed !== undefined) return fixed;
  const choice = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (choice?.[0]) return sample(document, choice[0], unitId);
  const type: unknown = Array.isArray(schema['type']) ? schema['type'][0] : schema['type'];
  const of = (part: unknown) => sample(document, (part ?? {}) as Schema, unitId);
  const byType: Record<string, () => unknown> = {
    object: () => {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
      const required = (schema['required'] ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, of(properties[name])]));
    },
    array: () => Array.from({ length: Number(schema['minItems'] ?? 0) }, () => of(schema['items'])),
    integer: () => Number(schema['minimum'] ?? 2024),
    number: () => Number(schema['minimum'] ?? 2024),
    boolean: () => true,
    null: () => null,
  };
  return (byType[String(type)] ?? (() => sampleString(schema, unitId)))();
}

function sampleString(schema: Schema, unitId: string): string {
  switch (schema['format']) {
    case 'uuid':
      return unitId;
    case 'date':
      return '2024-06-01';
    case 'date-time':
      return '2024-06-01T08:00:00.000Z';
    default:
      return 'Hội LHPN mẫu'.padEnd(Number(schema['minLength'] ?? 0), '1');
  }
}

/** An invalid value for a parameter's schema. */
function invalid(schema: Schema): string {
  if (schema['type'] === 'integer' || schema['type'] === 'number') return 'not-a-number';
  if (Array.isArray(schema['enum'])) return 'not-one-of-them';
  if (schema['format']) return 'not-a-valid-value';
  return '';
}

function pathWith(operation: Operation, value: (parameter: Parameter) => string): string {
  let path = operation.path;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path'))
    path = path.replace(`{${parameter.name}}`, encodeURIComponent(value(parameter)));
  return path;
}

function query(entries: [string, string][]): string {
  return entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : '';
}

/** Cases (a) to (f) of the contract test for one operation. */
export function casesOf(document: Document, operation: Operation, unitId: string): Case[] {
  const plausible = (parameter: Parameter): string =>
    String(parameter.name === 'id' ? unitId : sample(document, parameter.schema, randomUUID()));
  const path = pathWith(operation, plausible);
  const requiredQuery = operation.parameters
    .filter((p) => p.in === 'query' && p.required)
    .map((p): [string, string] => [p.name, plausible(p)]);
  const valid = `${path}${query(requiredQuery)}`;
  const json = operation.bodyTypes.includes(JSON_TYPE);
  const sheet = operation.bodyTypes.includes(CSV_TYPE);
  const hasBody = operation.bodyTypes.length > 0;
  const validBody: Partial<Case> = json
    ? {
        contentType: JSON_TYPE,
        body: JSON.stringify(sample(document, operation.bodySchema ?? {}, unitId)),
      }
    : sheet
      ? { contentType: CSV_TYPE, body: 'Mã,Tên\n1,Hội mẫu\n' }
      : {};
  const invalidQuery = operation.parameters
    .filter((p) => p.in === 'query')
    .map((p): [string, string] => [p.name, invalid(p.schema)]);
  const cases: Case[] = [
    { name: '(a) plausible', path: valid, authenticated: true, ...validBody },
    {
      name: '(e) invalid parameters',
      path: `${pathWith(operation, (p) => invalid(p.schema) || 'x')}${query(invalidQuery)}`,
      authenticated: true,
      ...validBody,
    },
    { name: '(f) no token', path: valid, authenticated: false, ...validBody },
  ];
  if (!hasBody) return cases;
  const types = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded'];
  return [
    ...cases,
    {
      name: '(b) malformed JSON',
      path: valid,
      authenticated: true,
      contentType: JSON_TYPE,
      body: '{\n  "name": "x",\n  "kind" "branch"\n}',
    },
    {
      name: '(c) oversize',
      path: valid,
      authenticated: true,
      contentType: json ? JSON_TYPE : CSV_TYPE,
      body: json
        ? `{"name":"${'x'.repeat(6 * 1_048_576)}"}`
        : new Uint8Array(OVERSIZE_BYTES).fill(0x61),
    },
    ...types.map((type) => ({
      name: `(d) ${type}`,
      path: valid,
      authenticated: true,
      contentType: type,
      body: type.endsWith('xml') ? '<unit><name>x</name></unit>' : 'name=x&kind=branch',
    })),
    {
      name: '(e) invalid body',
      path: valid,
      authenticated: true,
      ...(json
        ? { contentType: JSON_TYPE, body: '{"unexpected":[1],"name":42}' }
        : { contentType: CSV_TYPE, body: 'x\n' }),
    },
  ];
}

/** An answer of the API, as the checks read it. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

export type Validator = (schema: Schema) => ValidateFunction;

function mediaTypeOf(answer: Answer): string {
  return answer.headers.get('content-type')?.split(';')[0] ?? '';
}

/** What is wrong with the body of a documented answer, if anything. */
function bodyFault(response: Response, answer: Answer, validator: Validator): string | undefined {
  const media = mediaTypeOf(answer);
  const content = response.content?.[media];
  if (!content) return `media type ${media} not documented`;
  if (!media.endsWith('json') || !content.schema) return undefined;
  const validate = validator(content.schema);
  if (validate(JSON.parse(answer.text))) return undefined;
  return JSON.stringify(validate.errors?.slice(0, 3));
}

/** What is wrong with an answer, if anything: a 5xx, an undocumented status, media type or body. */
export function faultOf(
  operation: Operation,
  answer: Answer,
  validator: Validator,
): string | undefined {
  if (answer.status >= 500) return `a server error ${answer.text.slice(0, 200)}`;
  const documented = operation.responses[String(answer.status)];
  if (!documented) return 'status not documented';
  return answer.text ? bodyFault(documented, answer, validator) : undefined;
}

/** Validators of the document's schemas (JSON Schema 2020-12, as OpenAPI 3.1 has them). */
export function validatorOf(document: Document): Validator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const rebased = JSON.parse(
    JSON.stringify(document.components).replaceAll('"#/components/', '"api#/components/'),
  ) as Schema;
  ajv.addSchema({ $id: 'api', components: rebased });
  const cache = new Map<string, ValidateFunction>();
  return (schema) => {
    const key = JSON.stringify(schema).replaceAll('"#/components/', '"api#/components/');
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key) as Schema);
      cache.set(key, validate);
    }
    return validate;
  };
}
