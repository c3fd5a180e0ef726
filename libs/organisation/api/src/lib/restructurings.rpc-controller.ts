import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  restructuringIdParam,
  restructuringPlan,
  RESTRUCTURING_RPC,
  type RestructuringJobDto,
  type RestructuringPreviewDto,
  type RpcRequest,
} from '@vwu/internal-api';
import {
  authorise,
  RestructuringJobs,
  RestructuringNotFoundError,
  RestructuringPlanner,
  UnitWorkspace,
  type RestructuringJob,
} from '@vwu/organisation-application';
import { parseBody } from '@vwu/platform-http';
import { RpcProblemFilter } from '@vwu/platform-nest';
import { ActorResolver } from '@vwu/platform-nest';
import { percentDone } from '@vwu/platform-event-sourcing';

export function restructuringDto(job: RestructuringJob): RestructuringJobDto {
  return {
    id: job.id,
    title: job.title,
    effectiveOn: job.effectiveOn,
    scopeUnitId: job.actor.scopeUnitId,
    status: job.status,
    total: job.total,
    done: job.done,
    percent: percentDone(job.done, job.total),
    createdAt: job.createdAt.toISOString(),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    ...(job.failure ? { failure: job.failure } : {}),
  };
}

/** Restructuring plans from the gateway: preview, apply (as a job), and the job's progress. */
@Controller()
@UseFilters(RpcProblemFilter)
export class RestructuringsRpcController {
  constructor(
    private readonly planner: RestructuringPlanner,
    private readonly actors: ActorResolver,
    private readonly jobs: RestructuringJobs,
    private readonly units: UnitWorkspace,
  ) {}

  @MessagePattern(RESTRUCTURING_RPC.preview)
  async preview(@Payload() request: RpcRequest<unknown>): Promise<RestructuringPreviewDto> {
    const actor = await this.actors.resolve(request);
    const preview = await this.planner.preview(parseBody(restructuringPlan, request.body), actor);
    return { ...preview, changes: [...preview.changes], conflicts: [...preview.conflicts] };
  }

  @MessagePattern(RESTRUCTURING_RPC.start)
  async start(@Payload() request: RpcRequest<unknown>): Promise<RestructuringJobDto> {
    const actor = await this.actors.resolve(request);
    const job = await this.planner.start(parseBody(restructuringPlan, request.body), actor);
    return restructuringDto(job);
  }

  /** Seen by whoever may read the unit whose scope applied it. */
  @MessagePattern(RESTRUCTURING_RPC.get)
  async get(@Payload() request: RpcRequest<{ id: unknown }>): Promise<RestructuringJobDto> {
    const actor = await this.actors.resolve(request);
    const id = parseBody(restructuringIdParam, request.body.id);
    const job = await this.jobs.get(id);
    if (!job) throw new RestructuringNotFoundError(id);
    const scope = await this.units.established(job.actor.scopeUnitId);
    authorise(actor, 'units:read', await this.units.path(scope));
    return restructuringDto(job);
  }
}
