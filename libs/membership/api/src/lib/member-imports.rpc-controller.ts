import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  exportBranchMembers,
  MEMBER_IMPORT_JOB,
  type MemberImportJobDto,
  type FileAnswer,
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
import { percentDone } from '@vwu/platform-jobs';
import { jobRpcController } from '@vwu/platform-jobs/nest';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

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

  @Answers(exportBranchMembers)
  async exportBranch(@Payload() request: RpcRequest<unknown>): Promise<FileAnswer> {
    const { actor, params } = await this.actors.receive(exportBranchMembers, request);
    const file = await this.queryBus.execute<ExportBranchMembersQuery, MemberListFile>(
      new ExportBranchMembersQuery(params.id, actor),
    );
    return { fileName: file.fileName, content: file.content.toString('base64') };
  }
}
