import { Injectable } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { Operation, OperationInput, RpcRequest } from '@vwu/internal-api';
import { TokenVerifier, type Actor } from '@vwu/platform-auth';
import { operationInput, type RawInput } from '@vwu/platform-http';

/** Binds an RPC handler to the message pattern of a declared operation. */
export const Answers = (operation: Operation): MethodDecorator => MessagePattern(operation.pattern);

/** A declared operation's inputs, checked again (for reads the gateway scoped: no actor). */
export function inputOf<O extends Operation>(
  operation: O,
  request: RpcRequest<unknown>,
): OperationInput<O> {
  return operationInput(operation, request.body as RawInput, { atService: true });
}

/** What a declared operation's handler works with: the acting user and the checked inputs. */
export type Received<O extends Operation> = OperationInput<O> & { readonly actor: Actor };

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

  /** A call of a declared operation: who acts, then its inputs checked again by its schemas. */
  async receive<O extends Operation>(
    operation: O,
    request: RpcRequest<unknown>,
  ): Promise<Received<O>> {
    const actor = await this.resolve(request);
    return { ...inputOf(operation, request), actor };
  }
}
