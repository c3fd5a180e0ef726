import { Controller, UseFilters, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcRequest } from '@vwu/internal-api';
import type { Actor } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';
import type { z } from 'zod';

/** A provider of the service's module, looked up by its class or token. */
export type Services = <T>(token: Type<T> | (abstract new (...args: never[]) => T)) => T;

/** What the service side of a job declares: how it starts, who may read it, how it reads. */
export interface JobRpcBinding<J, S extends z.ZodType, V> {
  /** The job's declaration in `@vwu/internal-api`: its message patterns and schemas. */
  readonly job: {
    readonly rpc: { readonly start: string; readonly get: string };
    readonly startRequest: S;
    readonly idParam: z.ZodType<string>;
  };
  /** Validates what was sent whole, stores the job (or finds it), starts the runner. */
  readonly start: (body: z.output<S>, actor: Actor, services: Services) => Promise<J>;
  /** The job if `actor` may read it; a not-found or forbidden problem otherwise. */
  readonly read: (id: string, actor: Actor, services: Services) => Promise<J>;
  /** The job resource, as the gateway answers it. */
  readonly view: (job: J) => V;
}

/**
 * The RPC handler of a job (start, get) bound from its declaration: the actor resolved from the
 * token, the body and id validated with the declared schemas, the answer the job's view.
 */
export function jobRpcController<J, S extends z.ZodType, V>(
  binding: JobRpcBinding<J, S, V>,
): Type<unknown> {
  const { job, view } = binding;

  @Controller()
  @UseFilters(RpcProblemFilter)
  class JobRpcController {
    private readonly services: Services;

    constructor(
      private readonly actors: ActorResolver,
      moduleRef: ModuleRef,
    ) {
      this.services = (token) => moduleRef.get(token, { strict: false });
    }

    @MessagePattern(job.rpc.start)
    async start(@Payload() request: RpcRequest<unknown>): Promise<V> {
      const actor = await this.actors.resolve(request);
      const body = parseBody(job.startRequest, request.body);
      return view(await binding.start(body, actor, this.services));
    }

    @MessagePattern(job.rpc.get)
    async get(@Payload() request: RpcRequest<{ id: unknown }>): Promise<V> {
      const actor = await this.actors.resolve(request);
      const id = parseBody(job.idParam, request.body.id);
      return view(await binding.read(id, actor, this.services));
    }
  }
  return JobRpcController;
}
