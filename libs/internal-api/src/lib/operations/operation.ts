import { z } from 'zod';

/** The service that answers an operation's message pattern. */
export type Service = 'organisation' | 'membership' | 'projections' | 'training';
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Documented answers besides the success (401, 403, 404 and 422 are every operation's). */
export type ProblemStatus = '403' | '404' | '409' | '422';

/**
 * Who decides the caller's scope (the part of the tree they act in):
 * - `service`: the service, on the aggregate it loads (every command);
 * - `unit`: the gateway, before the call, on the unit the path parameter names;
 * - `result`: the gateway, after the call, on the units the answer belongs to;
 * - `root`: only users scoped to the province or city union; the call carries its id.
 */
export type ScopeRule =
  | { readonly by: 'service' }
  | { readonly by: 'unit'; readonly param: string }
  | { readonly by: 'result'; readonly units: (result: never) => readonly string[] }
  | { readonly by: 'root' };

/** A named schema of the OpenAPI document's components. */
export interface Named<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly schema: S;
}

export type ParamSchemas = Readonly<Record<string, z.ZodType>>;

/**
 * One operation of the public API, declared once: the gateway's route and its OpenAPI entry are
 * generated from it, and the service binds its RPC handler to it. Path parameters, query and body
 * are checked at the gateway (422 with every field) and again by the service.
 */
export interface Operation {
  readonly operationId: string;
  readonly service: Service;
  /** The message pattern the service answers. */
  readonly pattern: string;
  readonly method: HttpMethod;
  /** OpenAPI style: `/api/v1/members/{id}/transfer`. */
  readonly path: string;
  /** Every permission the role needs (platform-auth's names). */
  readonly permissions: readonly string[];
  readonly scope: ScopeRule;
  /** Each path parameter, checked on its own; `.describe()` documents it. */
  readonly params: ParamSchemas;
  readonly query?: z.ZodType;
  /** `optional`: a request without a body is checked as `{}`. */
  readonly body?: Named & { readonly optional?: true };
  readonly response: Named & {
    readonly status: 200 | 201;
    readonly description: string;
    /** 201: the Location of what was made, `{id}` from the answer. */
    readonly location?: string;
    /**
     * The answer is a file of this media type: the service sends `{ fileName, content }` (base64,
     * `fileAnswer`), the gateway streams it as an attachment, never cached (it may hold
     * personal data).
     */
    readonly file?: string;
  };
  /** Reads that wait for `minVersion` (read-your-writes): what the read model's version is asked of. */
  readonly readYourWrites?: { readonly versionOf: string; readonly notFound: string };
  /** How long the gateway waits for the service (10 s if absent). */
  readonly timeoutMs?: number;
  readonly summary: string;
  readonly description?: string;
  /** The stable problem codes this operation answers, by status, for people. */
  readonly problems?: Partial<Readonly<Record<ProblemStatus, string>>>;
}

/** What a declared operation's handler receives: its inputs as checked by their schemas. */
export type OperationInput<O extends Operation> = {
  readonly params: { readonly [K in keyof O['params']]: z.output<O['params'][K]> };
  readonly query: O extends { readonly query: infer Q extends z.ZodType }
    ? z.output<Q>
    : Record<string, never>;
  readonly body: O extends { readonly body: Named<infer B> } ? z.output<B> : Record<string, never>;
} & (O extends { readonly scope: { readonly by: 'root' } }
  ? { /** The province or city union the caller is scoped to. */ readonly unionId: string }
  : unknown);

/** A file as a service answers it over RPC; the gateway streams it. */
export const fileAnswer = z.object({ fileName: z.string(), content: z.base64() });
export type FileAnswer = z.output<typeof fileAnswer>;

/** What the operation answers. */
export type OperationResult<O extends Operation> = z.output<O['response']['schema']>;

/** Declares an operation, keeping its literal types for the handlers that bind to it. */
export function operation<const O extends Operation>(declared: O): O {
  return declared;
}
