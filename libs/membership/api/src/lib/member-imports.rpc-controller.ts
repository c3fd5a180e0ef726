import { Controller, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
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
import { importJobView, importRpcController } from '@vwu/platform-jobs/nest';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

/** The job resource of a member import. */
export const memberImportDto: (job: MemberImportJob) => MemberImportJobDto =
  importJobView('admitted');

/** Member imports: the upload (validated whole here) and the job's progress. */
export const MemberImportsRpcController = importRpcController({
  job: MEMBER_IMPORT_JOB,
  view: memberImportDto,
  date: 'admittedOn',
  command: (input, actor) => new StartMemberImportCommand(input, actor),
  jobs: MemberImportJobs,
  read: 'members:read',
  notFound: (id) => new MemberImportNotFoundError(id),
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
