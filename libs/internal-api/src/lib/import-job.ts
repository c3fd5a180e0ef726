import { z } from 'zod';
import {
  jobDeclaration,
  jobFieldError,
  uploadedFile,
  uploadFileName,
  type JobDeclaration,
  type JobDocs,
} from './job-declaration';

/**
 * A sheet import (members, cadres) as its context declares it: what differs from one import to
 * another. The job's schemas, its timeout and the texts every import shares are built from it.
 */
export interface ImportJobSpec<D extends string, P extends string> {
  readonly path: JobDeclaration['path'];
  readonly service: JobDeclaration['service'];
  readonly rpc: { readonly start: string; readonly get: string };
  readonly permissions: JobDeclaration['permissions'];
  /** The largest file accepted, in MB (413 beyond). */
  readonly maxMegabytes: number;
  /** The query's date for the rows without one (today if absent), named as the rows' column. */
  readonly date: { readonly name: D; readonly description: string };
  /** The job resource's count of rows done, named for what the job does with them. */
  readonly done: { readonly name: P; readonly description: string };
  /** The other descriptions of the job resource's fields. */
  readonly fields: { readonly status: string; readonly total: string; readonly errors: string };
  readonly openapi: {
    readonly schema: string;
    readonly start: Omit<JobDocs['start'], 'again' | 'tooLarge' | 'queryNote'>;
    readonly get: Omit<JobDocs['get'], 'id'>;
  };
}

/** The query's or the request's date: a key of the import's own. */
const dated = <D extends string, T extends z.ZodType>(name: D, schema: T) =>
  ({ [name]: schema }) as Record<D, T>;

/** The job resource of an import: an import job and how far it is. Nothing personal. */
function importView<P extends string>({
  done,
  fields,
}: Pick<ImportJobSpec<string, P>, 'done' | 'fields'>) {
  return z.object({
    id: z
      .uuid()
      .describe(
        'Mã lần nhập; cùng tệp, cùng người tải lên thì cùng mã — the same file from the same user is the same import.',
      ),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    status: z.enum(['running', 'completed', 'failed']).describe(fields.status),
    total: z.number().int().describe(fields.total),
    ...({ [done.name]: z.number().int().describe(done.description) } as Record<P, z.ZodNumber>),
    percent: z.number().describe('Tiến độ, 0–100 — percent done.'),
    createdAt: z.string().describe('When the file was accepted (ISO 8601).'),
    finishedAt: z.string().optional(),
    errors: z.array(jobFieldError).describe(fields.errors),
  });
}

/**
 * A sheet import's job: `POST {path}` with the file as the body and the date of rows without
 * one in the query, `GET {path}/{id}` for its progress.
 */
export function importJobDeclaration<D extends string, P extends string>(
  spec: ImportJobSpec<D, P>,
) {
  const { date, openapi } = spec;
  const query = z.strictObject({
    ...dated(
      date.name,
      z.iso.date('must be a date YYYY-MM-DD').optional().describe(date.description),
    ),
    fileName: uploadFileName,
  });
  return jobDeclaration({
    path: spec.path,
    service: spec.service,
    rpc: spec.rpc,
    permissions: spec.permissions,
    upload: { query, maxBytes: spec.maxMegabytes * 1_048_576 },
    // Validating the most rows a file may have reads what the service knows of every one.
    timeoutMs: 180_000,
    // The gateway → service request: the file travels base64-encoded.
    startRequest: z.strictObject({ ...uploadedFile, ...dated(date.name, z.iso.date().optional()) }),
    idParam: z.uuid('must be an import id'),
    view: importView(spec),
    openapi: {
      schema: openapi.schema,
      start: {
        operationId: openapi.start.operationId,
        summary: openapi.start.summary,
        description: openapi.start.description,
        accepted: openapi.start.accepted,
        again: 'Tệp này đã được nhận — this file was accepted already: its job',
        tooLarge: `Tệp quá lớn — more than ${spec.maxMegabytes} MB`,
        invalid: openapi.start.invalid,
      },
      get: { ...openapi.get, id: 'The import id' },
    },
  });
}
