import {
  Inject,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { type Principal } from '@vwu/platform-auth';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { ProblemError } from '../problem/problem';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  fingerprintOf,
  idempotencyKeyOf,
  type RequestFingerprint,
} from './idempotency-key';
import {
  IdempotencyStore,
  type IdempotencyLease,
  type IdempotencyScope,
} from './idempotency.store';

interface IdempotentRequest {
  readonly method: string;
  readonly originalUrl?: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body?: unknown;
  readonly principal?: Principal;
}

interface IdempotentResponse {
  readonly statusCode: number;
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

interface Target {
  readonly scope: IdempotencyScope;
  readonly fingerprint: RequestFingerprint;
  readonly response: IdempotentResponse;
}

const METHODS = new Set(['POST', 'PATCH', 'DELETE']);
/** Node hands the request's header names over in lower case. */
const KEY_HEADER = IDEMPOTENCY_KEY_HEADER.toLowerCase();

/**
 * Mobile retries (ARCHITECTURE.md, "Gateway and security"): a POST, PATCH or DELETE sent again
 * with the same Idempotency-Key gets the first response (a DELETE that removed something the
 * first time would otherwise answer 404 to its retry), with `Idempotent-Replayed: true`, and the handler
 * does not run again. Keys belong to the authenticated user; requests without a key, or
 * without a principal (public routes), pass through untouched.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(@Inject(IdempotencyStore) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const target = context.getType() === 'http' ? targetOf(context) : undefined;
    if (!target) return next.handle();
    return from(this.handle(target, next));
  }

  private async handle(target: Target, next: CallHandler): Promise<unknown> {
    const outcome = await this.store.begin(target.scope, target.fingerprint);
    switch (outcome.kind) {
      case 'started':
        return this.run(outcome.lease, target.response, next);
      case 'replay':
        target.response.status(outcome.status);
        target.response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return outcome.body;
      case 'in-progress':
        throw new ProblemError(
          409,
          'idempotency.in-progress',
          'Yêu cầu trước với cùng Idempotency-Key đang được xử lý — a request with this Idempotency-Key is still being processed',
        );
      case 'key-reused':
        throw new ProblemError(
          422,
          'idempotency.key-reused',
          'Idempotency-Key này đã dùng cho một yêu cầu khác — this Idempotency-Key was used for a different request',
        );
    }
  }

  private async run(
    lease: IdempotencyLease,
    response: IdempotentResponse,
    next: CallHandler,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.store.abandon(lease).catch((e: unknown) => this.warn('release', e));
      throw error;
    }
    // The command has run: a failure to remember it must not turn its success into an error.
    const remembered =
      response.statusCode < 400
        ? this.store.complete(lease, { status: response.statusCode, body })
        : this.store.abandon(lease);
    await remembered.catch((e: unknown) => this.warn('record', e));
    return body;
  }

  private warn(what: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`could not ${what} an idempotency key: ${reason}`);
  }
}

function targetOf(context: ExecutionContext): Target | undefined {
  const http = context.switchToHttp();
  const request = http.getRequest<IdempotentRequest>();
  if (!METHODS.has(request.method.toUpperCase())) return undefined;
  const key = idempotencyKeyOf(request.headers[KEY_HEADER]);
  if (key === undefined || !request.principal) return undefined;
  const path = (request.originalUrl ?? request.url).split('?')[0] ?? '/';
  return {
    scope: { userId: request.principal.userId, key },
    fingerprint: fingerprintOf(request.method, path, request.body),
    response: http.getResponse<IdempotentResponse>(),
  };
}
