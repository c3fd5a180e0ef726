import { z } from 'zod';

/**
 * A job, declared once (a long operation on an uploaded file: imports): its route, message
 * patterns, permissions, schemas and the texts of its OpenAPI entry. The gateway's upload route
 * and job resource, the OpenAPI paths and schemas, and the service's RPC handler are all built
 * from it (`@vwu/platform-jobs/gateway`, `@vwu/platform-jobs/nest`).
 */
export interface JobDeclaration<
  Q extends z.ZodObject = z.ZodObject,
  S extends z.ZodType = z.ZodType,
  V extends z.ZodType = z.ZodType,
> {
  /** The collection route: POST starts a job, GET `{path}/{id}` reads one. */
  readonly path: `/api/v1/${string}`;
  /** The service that runs it. */
  readonly service: 'organisation' | 'membership' | 'training';
  readonly rpc: { readonly start: string; readonly get: string; readonly preview?: string };
  /** Permissions (of platform-auth) the gateway requires; the service checks its scope rule. */
  readonly permissions: { readonly start: readonly string[]; readonly read: readonly string[] };
  /** The upload: its query string, and the largest file accepted (413 beyond). */
  readonly upload: { readonly query: Q; readonly maxBytes: number };
  /**
   * A job that starts from a JSON body as well (a restructuring plan): its schema, named in the
   * OpenAPI document, as large as an upload. The sheet is then the other way to send it, the
   * query string only for a sheet.
   */
  readonly json?: { readonly name: string; readonly schema: z.ZodType };
  /**
   * A dry run of the start on the same body, `POST {path}/preview` answered 200 with what starting
   * would do (message pattern `rpc.preview`); nothing is written.
   */
  readonly preview?: { readonly name: string; readonly view: z.ZodType };
  /** Validating a whole file takes longer than a command. */
  readonly timeoutMs: number;
  /** The gateway → service request: the query's options and the file, base64-encoded. */
  readonly startRequest: S;
  readonly idParam: z.ZodType<string>;
  /** The job resource: status, progress, failure. Nothing personal. */
  readonly view: V;
  readonly openapi: JobDocs;
}

/** The texts of a job's OpenAPI entry, Vietnamese first. */
export interface JobDocs {
  /** The component schema of the job resource. */
  readonly schema: string;
  readonly start: {
    readonly operationId: string;
    readonly summary: string;
    readonly description: string;
    /** 202: the job accepted and running. */
    readonly accepted: string;
    /** 200: the same upload again, its job. */
    readonly again: string;
    /** Descriptions of 413 (if the edge's is not enough) and 422 (with the problem code). */
    readonly tooLarge?: string;
    readonly invalid: string;
    /** For a job that takes JSON too: what each query parameter's description ends with. */
    readonly queryNote?: string;
  };
  readonly preview?: {
    readonly operationId: string;
    readonly summary: string;
    readonly description: string;
    /** 200: what the plan would do. */
    readonly answer: string;
  };
  readonly get: {
    readonly operationId: string;
    readonly summary: string;
    /** The `id` path parameter's description, if any. */
    readonly id?: string;
  };
}

/** A job declaration, its schema types kept. */
export const jobDeclaration = <Q extends z.ZodObject, S extends z.ZodType, V extends z.ZodType>(
  job: JobDeclaration<Q, S, V>,
): JobDeclaration<Q, S, V> => job;

/** The upload query's `fileName`: what the job shows (the file itself is the request body). */
export const uploadFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe('Tên tệp để hiển thị — the file name shown on the job.');

/** The gateway → service start of an upload job: the file travels base64-encoded. */
export const uploadedFile = {
  content: z.base64('must be base64'),
  format: z.enum(['csv', 'xlsx']),
  fileName: z.string().min(1).max(200),
};

/** A row refused while the job ran: the row and column of the sheet, and why. */
export const jobFieldError = z.object({
  field: z.string(),
  reason: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});
