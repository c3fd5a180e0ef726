import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  exportBranchRequest,
  MEMBER_IMPORT_JOB,
  MEMBER_IMPORT_RPC,
  type MemberImportJobDto,
  type MemberListFileDto,
  type RpcRequest,
} from '@vwu/internal-api';
import {
  ExportBranchMembersQuery,
  MemberImportJobs,
  MemberImportNotFoundError,
  StartMemberImportCommand,
  type MemberImportJob,
  type MemberListFile,
} from '@vwu/membership-application';
import { assertPermission, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import { percentDone } from '@vwu/platform-jobs';
import { jobRpcController } from '@vwu/platform-jobs/nest';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';

export function memberImportDto(job: MemberImportJob): MemberImportJobDto {
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format,
    status: job.status,
    total: job.total,
    admitted: job.done,
    percent: percentDone(job.done, job.total),
    createdAt: job.createdAt.toISOString(),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    errors: job.failure ? [job.failure] : [],
  };
}

/** Member imports: the upload (validated whole here) and the job's progress. */
export const MemberImportsRpcController = jobRpcController({
  job: MEMBER_IMPORT_JOB,
  view: memberImportDto,
  start: (body, actor, services) => {
    const input = {
      content: Buffer.from(body.content, 'base64'),
      format: body.format,
      fileName: body.fileName,
      admittedOn: body.admittedOn ?? todayInVietnam(),
    };
    return services(CommandBus).execute<StartMemberImportCommand, MemberImportJob>(
      new StartMemberImportCommand(input, actor),
    );
  },
  /** Seen by the user who uploaded it, or an administrator. */
  read: async (id, actor, services) => {
    const job = await services(MemberImportJobs).get(id);
    if (!job || (job.userId !== actor.userId && !actor.roles.includes('admin')))
      throw new MemberImportNotFoundError(id);
    assertPermission({ ...actor, roles: actor.roles as readonly Role[] }, 'members:read');
    return job;
  },
});

/** Member lists: a branch's members as a workbook, personal data in full. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MemberListRpcController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(MEMBER_IMPORT_RPC.exportBranch)
  async exportBranch(@Payload() request: RpcRequest<unknown>): Promise<MemberListFileDto> {
    const actor = await this.actors.resolve(request);
    const { branchId } = parseBody(exportBranchRequest, request.body);
    const file = await this.queryBus.execute<ExportBranchMembersQuery, MemberListFile>(
      new ExportBranchMembersQuery(branchId, actor),
    );
    return { fileName: file.fileName, content: file.content.toString('base64') };
  }
}
