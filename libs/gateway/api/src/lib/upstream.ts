import { Inject, Injectable } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { isRpcProblem, type RpcProblem, type RpcRequest } from '@vwu/internal-api';
import { ProblemError } from '@vwu/platform-http';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';

export const ORGANISATION_SERVICE = Symbol('ORGANISATION_SERVICE');
export const PROJECTIONS_SERVICE = Symbol('PROJECTIONS_SERVICE');
export const MEMBERSHIP_SERVICE = Symbol('MEMBERSHIP_SERVICE');
export const TRAINING_SERVICE = Symbol('TRAINING_SERVICE');

/** A problem decided by a service, rendered by the gateway as it is. */
export class UpstreamProblem extends ProblemError {
  constructor(problem: RpcProblem) {
    super(problem.status, problem.code, problem.detail ?? problem.title, problem.errors);
    this.name = 'UpstreamProblem';
  }
}

const UNAVAILABLE: RpcProblem = {
  status: 503,
  code: 'upstream.unavailable',
  title: 'Dịch vụ tạm thời không sẵn sàng — Service unavailable',
  detail: 'a service did not answer; try again shortly',
};

/** Who calls, for the service: the bearer token (verified there again) and the trace. */
export interface CallContext {
  readonly token?: string;
  readonly correlationId: string;
  readonly traceparent?: string;
}

/** Request/response to the services over Nest microservices (TCP), errors as problems. */
@Injectable()
export class Upstream {
  constructor(
    @Inject(ORGANISATION_SERVICE) readonly organisation: ClientProxy,
    @Inject(PROJECTIONS_SERVICE) readonly projections: ClientProxy,
    @Inject(MEMBERSHIP_SERVICE) readonly membership: ClientProxy,
    @Inject(TRAINING_SERVICE) readonly training: ClientProxy,
  ) {}

  async call<T>(
    client: ClientProxy,
    pattern: string,
    body: unknown,
    { timeoutMs = 10_000, ...context }: CallContext & { readonly timeoutMs?: number },
  ): Promise<T> {
    const request: RpcRequest<unknown> = { ...context, body };
    try {
      return await firstValueFrom(
        client.send<T, RpcRequest<unknown>>(pattern, request).pipe(timeout(timeoutMs)),
      );
    } catch (error) {
      if (isRpcProblem(error)) throw new UpstreamProblem(error);
      if (error instanceof TimeoutError)
        throw new UpstreamProblem({ ...UNAVAILABLE, status: 504, code: 'upstream.timeout' });
      throw new UpstreamProblem(UNAVAILABLE);
    }
  }
}
