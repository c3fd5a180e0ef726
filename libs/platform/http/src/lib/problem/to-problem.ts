import { HttpException } from '@nestjs/common';
import { AuthenticationError } from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';
import { ConcurrencyConflictError } from '@vwu/platform-event-sourcing';
import { ProblemError, problemTitle, problemType, type ProblemDetails } from './problem';

type Problem = Omit<ProblemDetails, 'instance'>;

function problem(status: number, code: string, detail: string, extra = {}): Problem {
  return { type: problemType(code), title: problemTitle(status), status, detail, code, ...extra };
}

const DOMAIN_STATUS: { readonly [K in DomainError['kind']]: number } = {
  invalid: 422,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
};

/** Codes for Nest's HttpExceptions (unknown routes, malformed JSON, a handler's own throw). */
const HTTP_CODES: Readonly<Record<number, string>> = {
  400: 'http.bad-request',
  401: 'http.unauthorized',
  403: 'http.forbidden',
  404: 'http.not-found',
  405: 'http.method-not-allowed',
  406: 'http.not-acceptable',
  409: 'http.conflict',
  410: 'http.gone',
  413: 'http.content-too-large',
  415: 'http.unsupported-media-type',
  422: 'http.unprocessable',
  429: 'http.too-many-requests',
  500: 'http.internal',
  501: 'http.not-implemented',
  502: 'http.bad-gateway',
  503: 'http.service-unavailable',
  504: 'http.gateway-timeout',
};

/**
 * The detail of an HttpException is generic: Nest's own messages repeat what was sent (a
 * malformed body's text, the path), so they never reach the client.
 */
function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const code = HTTP_CODES[status] ?? `http.status-${status}`;
  return problem(status, code, problemTitle(status));
}

const INTERNAL = problem(
  500,
  'internal',
  'Đã có lỗi trong hệ thống, xin thử lại sau — something went wrong on our side, please retry later',
);

/**
 * What the client learns about an error. Anything not listed here is the platform's own fault: a
 * 500 that says nothing about it (the filter logs it). A bare ZodError is one of those: request
 * input is validated with parseBody / ZodValidationPipe, so any other failed parse is a bug.
 */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemError)
    return problem(
      error.status,
      error.code,
      error.message,
      error.errors && { errors: error.errors },
    );
  if (error instanceof AuthenticationError) return problem(401, error.code, error.message);
  if (error instanceof DomainError)
    return problem(DOMAIN_STATUS[error.kind], error.code, error.message);
  if (error instanceof ConcurrencyConflictError)
    return problem(
      409,
      error.code,
      'Dữ liệu vừa được thay đổi bởi người khác, xin thử lại — the data changed meanwhile, please retry',
    );
  if (error instanceof HttpException) return fromHttpException(error);
  return INTERNAL;
}
