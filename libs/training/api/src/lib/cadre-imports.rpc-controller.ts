import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  CADRE_IMPORT_JOB,
  exportUnitCadres,
  type CadreImportJobDto,
  type FileAnswer,
  type RpcRequest,
} from '@vwu/internal-api';
import {
  CadreImportJobs,
  CadreImportNotFoundError,
  ExportUnitCadresQuery,
  StartCadreImportCommand,
  type CadreImportJob,
  type CadreListFile,
} from '@vwu/training-application';
import { assertPermission, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { percentDone } from '@vwu/platform-jobs';
import { jobRpcController } from '@vwu/platform-jobs/nest';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

export function cadreImportDto(job: CadreImportJob): CadreImportJobDto {
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format,
    status: job.status,
    total: job.total,
    registered: job.done,
    percent: percentDone(job.done, job.total),
    createdAt: job.createdAt.toISOString(),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    errors: job.failure ? [job.failure] : [],
  };
}

/** Cadre imports: the upload (validated whole here) and the job's progress. */
export const CadreImportsRpcController = jobRpcController({
  job: CADRE_IMPORT_JOB,
  view: cadreImportDto,
  start: (body, actor, services) => {
    const input = {
      content: Buffer.from(body.content, 'base64'),
      format: body.format,
      fileName: body.fileName,
      registeredOn: body.registeredOn ?? todayInVietnam(),
    };
    return services(CommandBus).execute<StartCadreImportCommand, CadreImportJob>(
      new StartCadreImportCommand(input, actor),
    );
  },
  /** Seen by the user who uploaded it, or an administrator. */
  read: async (id, actor, services) => {
    const job = await services(CadreImportJobs).get(id);
    if (!job || (job.userId !== actor.userId && !actor.roles.includes('admin')))
      throw new CadreImportNotFoundError(id);
    assertPermission({ ...actor, roles: actor.roles as readonly Role[] }, 'cadres:read');
    return job;
  },
});

/** Cadre lists: a subtree's cadres as a workbook, personal data in full. */
@Controller()
@UseFilters(RpcProblemFilter)
export class CadreListRpcController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(exportUnitCadres)
  async exportUnit(@Payload() request: RpcRequest<unknown>): Promise<FileAnswer> {
    const { actor, params } = await this.actors.receive(exportUnitCadres, request);
    const file = await this.queryBus.execute<ExportUnitCadresQuery, CadreListFile>(
      new ExportUnitCadresQuery(params.id, actor),
    );
    return { fileName: file.fileName, content: file.content.toString('base64') };
  }
}
