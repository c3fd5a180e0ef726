import { Injectable } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import {
  PROJECTIONS_RPC,
  type Operation,
  type OperationInput,
  type Service,
  type UnitViewDto,
} from '@vwu/internal-api';
import { assertInScope, PermissionDeniedError, type Principal } from '@vwu/platform-auth';
import { operationInput, type RawInput } from '@vwu/platform-http';
import { ReadYourWrites } from '../read-your-writes';
import { Upstream, type CallContext } from '../upstream';

/** One HTTP request to a declared operation: what arrived, who asks, and the call's context. */
export interface OperationRequest extends RawInput {
  readonly principal: Principal;
  readonly call: CallContext;
}

/** What the route answers: the service's result, and the Location of what a 201 made. */
export interface OperationAnswer {
  readonly result: unknown;
  readonly location?: string;
}

interface ReadQuery {
  readonly minVersion?: number;
  readonly waitMs: number;
}

/**
 * Runs a declared operation at the gateway: checks its inputs, applies its scope rule and its
 * read-your-writes wait, and calls the service that answers its pattern.
 */
@Injectable()
export class OperationCalls {
  constructor(
    private readonly upstream: Upstream,
    private readonly reads: ReadYourWrites,
  ) {}

  async run(operation: Operation, request: OperationRequest): Promise<OperationAnswer> {
    const { principal, call } = request;
    const input: OperationInput<Operation> = operationInput(operation, request);
    await this.waitForVersion(operation, input, call);
    const unionId = await this.checkScopeBefore(operation, input, principal, call);
    const result = await this.upstream.call<unknown>(
      this.client(operation.service),
      operation.pattern,
      unionId === undefined ? input : { ...input, unionId },
      { ...call, ...(operation.timeoutMs ? { timeoutMs: operation.timeoutMs } : {}) },
    );
    const { scope, response } = operation;
    if (scope.by === 'result') assertInScope(principal, scope.units(result as never));
    const location = response.location?.replace('{id}', (result as { id: string }).id);
    return { result, ...(location ? { location } : {}) };
  }

  private async waitForVersion(
    operation: Operation,
    input: OperationInput<Operation>,
    call: CallContext,
  ): Promise<void> {
    const { minVersion, waitMs } = input.query as Partial<ReadQuery>;
    const id = input.params['id'] as string;
    if (!operation.readYourWrites || minVersion === undefined || waitMs === undefined) return;
    const { versionOf } = operation.readYourWrites;
    await this.reads.waitForStream({ versionOf, id, version: minVersion }, waitMs, call);
  }

  /** `unit`: the unit the path names must be in scope; `root`: the caller's union, if the root. */
  private async checkScopeBefore(
    operation: Operation,
    input: OperationInput<Operation>,
    principal: Principal,
    call: CallContext,
  ): Promise<string | undefined> {
    const { scope } = operation;
    if (scope.by === 'unit') {
      const unit = await this.unit(input.params[scope.param] as string, call);
      assertInScope(principal, [...unit.ancestorIds, unit.id]);
    }
    if (scope.by !== 'root') return undefined;
    const unit = await this.unit(principal.scopeUnitId, call);
    if (unit.parentId === null) return unit.id;
    throw new PermissionDeniedError(
      'auth.out-of-scope',
      'Chỉ cán bộ cấp tỉnh/thành Hội xem được tổ chức thành viên — member organisations belong to the province or city union, outside your scope',
    );
  }

  private unit(id: string, call: CallContext): Promise<UnitViewDto> {
    const request = { params: { id }, query: {}, body: {} };
    return this.upstream.call(this.upstream.projections, PROJECTIONS_RPC.getUnit, request, call);
  }

  private client(service: Service): ClientProxy {
    return this.upstream[service];
  }
}
