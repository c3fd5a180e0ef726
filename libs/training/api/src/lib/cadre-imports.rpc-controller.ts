import { Controller, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
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
import { importJobView, importRpcController } from '@vwu/platform-jobs/nest';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

/** The job resource of a cadre import. */
export const cadreImportDto: (job: CadreImportJob) => CadreImportJobDto =
  importJobView('registered');

/** Cadre imports: the upload (validated whole here) and the job's progress. */
export const CadreImportsRpcController = importRpcController({
  job: CADRE_IMPORT_JOB,
  view: cadreImportDto,
  date: 'registeredOn',
  command: (input, actor) => new StartCadreImportCommand(input, actor),
  jobs: CadreImportJobs,
  read: 'cadres:read',
  notFound: (id) => new CadreImportNotFoundError(id),
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
