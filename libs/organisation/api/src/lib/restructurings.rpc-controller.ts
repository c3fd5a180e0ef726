import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  restructuringPlan,
  RESTRUCTURING_JOB,
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
import { percentDone } from '@vwu/platform-jobs';
import { jobRpcController } from '@vwu/platform-jobs/nest';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';

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

/** A restructuring plan from the gateway, applied as a job; and the job's progress. */
export const RestructuringJobsRpcController = jobRpcController({
  job: RESTRUCTURING_JOB,
  view: restructuringDto,
  start: (plan, actor, services) => services(RestructuringPlanner).start(plan, actor),
  /** Seen by whoever may read the unit whose scope applied it. */
  read: async (id, actor, services) => {
    const job = await services(RestructuringJobs).get(id);
    if (!job) throw new RestructuringNotFoundError(id);
    const units = services(UnitWorkspace);
    const scope = await units.established(job.actor.scopeUnitId);
    authorise(actor, 'units:read', await units.path(scope));
    return job;
  },
});

/** The preview of a plan: every change and every conflict, nothing written. */
@Controller()
@UseFilters(RpcProblemFilter)
export class RestructuringsRpcController {
  constructor(
    private readonly planner: RestructuringPlanner,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(RESTRUCTURING_RPC.preview)
  async preview(@Payload() request: RpcRequest<unknown>): Promise<RestructuringPreviewDto> {
    const actor = await this.actors.resolve(request);
    const preview = await this.planner.preview(parseBody(restructuringPlan, request.body), actor);
    return { ...preview, changes: [...preview.changes], conflicts: [...preview.conflicts] };
  }
}
