import { Injectable } from '@nestjs/common';
import type { RpcRequest } from '@vwu/internal-api';
import { TokenVerifier, type Actor } from '@vwu/platform-auth';

/** The acting user from the caller's token, verified here again: the gateway is not trusted blindly. */
@Injectable()
export class ActorResolver {
  constructor(private readonly verifier: TokenVerifier) {}

  async resolve(request: RpcRequest<unknown>): Promise<Actor> {
    const principal = await this.verifier.verify(request.token);
    return {
      userId: principal.userId,
      roles: principal.roles,
      scopeUnitId: principal.scopeUnitId,
      correlationId: request.correlationId,
      ...(request.traceparent ? { traceparent: request.traceparent } : {}),
    };
  }
}
