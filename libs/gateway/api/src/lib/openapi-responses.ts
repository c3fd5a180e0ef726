import { JSON_MEDIA_TYPE } from '@vwu/platform-http';
import { idempotencyKey, problem } from './openapi-parts';

// The answers every operation can give from the HTTP edge (body checks, Idempotency-Key, the
// services being away), added to what each operation documents itself.

interface Parameter {
  readonly name: string;
  readonly in: string;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Record<string, unknown> };
  readonly responses: Record<string, unknown>;
}

type Paths = Record<string, Record<string, unknown>>;

const COMMANDS = new Set(['post', 'put', 'patch', 'delete']);

/** `Retry-After`, in seconds, on a 503. */
const retryAfter = {
  'Retry-After': {
    description: 'Thử lại sau chừng này giây — retry after this many seconds',
    schema: { type: 'integer', minimum: 1 },
  },
};

/** A 503 of the read-your-writes wait, with Retry-After. */
export const readModelLagging = {
  ...problem(
    'Dữ liệu đang được cập nhật — read-model.lagging: the write side has minVersion but the read model has not applied it within waitMs; retry after Retry-After seconds. Also upstream.unavailable: a service did not answer',
  ),
  headers: retryAfter,
};

/**
 * A read that waits for `minVersion` (read-your-writes): 404 and 422 when the version was never
 * written, 503 when the read model lags behind the write side. `notFound` names the resource.
 */
export function readYourWritesResponses(notFound: string) {
  return {
    '404': problem(
      `Không tìm thấy — ${notFound}; read-model.stream-not-found: nothing was ever written under the id`,
    ),
    '422': problem(
      'Dữ liệu không hợp lệ — invalid input (`errors` lists each field); read-model.version-not-written: minVersion is beyond the version written',
    ),
    '503': readModelLagging,
  };
}

function badRequest(operation: Operation, command: boolean, pathParameters: boolean): unknown {
  const content = operation.requestBody?.content ?? {};
  const reasons = [
    JSON_MEDIA_TYPE in content &&
      'malformed JSON (http.bad-request; `detail` gives the line and column)',
    Object.keys(content).some((type) => type !== JSON_MEDIA_TYPE) && 'an empty file (upload.empty)',
    command &&
      'an Idempotency-Key that is not 1–255 visible ASCII characters (idempotency.invalid-key)',
    pathParameters && 'a badly percent-encoded path (http.bad-request)',
  ].filter(Boolean);
  return reasons.length > 0
    ? problem(`Yêu cầu không hợp lệ — bad request: ${reasons.join('; ')}`)
    : undefined;
}

function edgeResponses(
  path: string,
  method: string,
  operation: Operation,
): Record<string, unknown> {
  const command = COMMANDS.has(method);
  const body = operation.requestBody;
  const types = Object.keys(body?.content ?? {}).join(', ');
  return {
    '400': badRequest(operation, command, path.includes('{')),
    '409': command
      ? problem(
          'Xung đột — the data changed meanwhile (concurrency-conflict), or a request with this Idempotency-Key is still running (idempotency.in-progress): retry',
        )
      : undefined,
    '413': body
      ? problem('Dữ liệu quá lớn — http.content-too-large: `detail` states the limit')
      : undefined,
    '415': body
      ? problem(`Định dạng không được hỗ trợ — http.unsupported-media-type: send ${types}`)
      : undefined,
    '503': {
      ...problem(
        'Dịch vụ tạm thời không sẵn sàng — upstream.unavailable: a service did not answer; retry shortly',
      ),
    },
    '504': problem('Hết thời gian chờ — upstream.timeout: a service did not answer in time'),
  };
}

/**
 * Every operation with the edge's answers it does not document itself (its own description of a
 * status wins), and the Idempotency-Key header on every command (the interceptor reads it there).
 */
export function withEdgeResponses(paths: Paths): Paths {
  return Object.fromEntries(
    Object.entries(paths).map(([path, operations]) => [
      path,
      Object.fromEntries(
        (Object.entries(operations) as [string, Operation][]).map(([method, operation]) => {
          const parameters = operation.parameters ?? [];
          const keyed = parameters.some((p) => p.name === idempotencyKey.name);
          const edge = Object.entries(edgeResponses(path, method, operation)).filter(
            ([, response]) => response !== undefined,
          );
          const responses = Object.fromEntries(
            Object.entries({ ...Object.fromEntries(edge), ...operation.responses }).sort(
              ([a], [b]) => a.localeCompare(b),
            ),
          );
          return [
            method,
            {
              ...operation,
              ...(COMMANDS.has(method) && !keyed
                ? { parameters: [...parameters, idempotencyKey] }
                : {}),
              responses,
            },
          ];
        }),
      ),
    ]),
  );
}
