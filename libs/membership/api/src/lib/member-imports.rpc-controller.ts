import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  exportBranchRequest,
  MEMBER_IMPORT_RPC,
  memberImportIdParam,
  startMemberImportRequest,
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
import { percentDone } from '@vwu/platform-event-sourcing';
import { parseBody } from '@vwu/platform-http';
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

/** Member imports (the upload, validated whole here; the job's progress) and member lists. */
@Controller()
@UseFilters(RpcProblemFilter)
export class MemberImportsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly actors: ActorResolver,
    private readonly jobs: MemberImportJobs,
  ) {}

  @MessagePattern(MEMBER_IMPORT_RPC.start)
  async start(@Payload() request: RpcRequest<unknown>): Promise<MemberImportJobDto> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(startMemberImportRequest, request.body);
    const input = {
      content: Buffer.from(body.content, 'base64'),
      format: body.format,
      fileName: body.fileName,
      admittedOn: body.admittedOn ?? todayInVietnam(),
    };
    const job = await this.commandBus.execute<StartMemberImportCommand, MemberImportJob>(
      new StartMemberImportCommand(input, actor),
    );
    return memberImportDto(job);
  }

  /** Seen by the user who uploaded it, or an administrator. */
  @MessagePattern(MEMBER_IMPORT_RPC.get)
  async get(@Payload() request: RpcRequest<{ id: unknown }>): Promise<MemberImportJobDto> {
    const actor = await this.actors.resolve(request);
    const id = parseBody(memberImportIdParam, request.body.id);
    const job = await this.jobs.get(id);
    if (!job || (job.userId !== actor.userId && !actor.roles.includes('admin')))
      throw new MemberImportNotFoundError(id);
    assertPermission({ ...actor, roles: actor.roles as readonly Role[] }, 'members:read');
    return memberImportDto(job);
  }

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
