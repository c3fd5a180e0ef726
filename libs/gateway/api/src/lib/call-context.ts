import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { bearerToken } from '@vwu/platform-auth';
import { randomUUID } from 'node:crypto';
import type { CallContext } from './upstream';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export interface HttpRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

function header(request: HttpRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** What a service call carries from the HTTP request: token, correlation id, trace context. */
export function callContextOf(request: HttpRequest): CallContext {
  const requestId = header(request, 'x-request-id');
  const traceparent = header(request, 'traceparent');
  const token = bearerToken(request.headers['authorization']);
  return {
    ...(token ? { token } : {}),
    correlationId: requestId && REQUEST_ID.test(requestId) ? requestId : randomUUID(),
    ...(traceparent && TRACEPARENT.test(traceparent) ? { traceparent } : {}),
  };
}

/** The call context of the handler's request. */
export const Call = createParamDecorator((_data: unknown, context: ExecutionContext): CallContext =>
  callContextOf(context.switchToHttp().getRequest<HttpRequest>()),
);
