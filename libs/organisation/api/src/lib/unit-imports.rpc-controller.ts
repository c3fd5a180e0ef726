import { UNIT_IMPORT_JOB, type UnitImportJobDto } from '@vwu/internal-api';
import {
  authorise,
  ImportNotFoundError,
  StartUnitImportCommand,
  UnitImportJobs,
  UnitWorkspace,
  type UnitImportJob,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { percentDone } from '@vwu/platform-jobs';
import { jobRpcController } from '@vwu/platform-jobs/nest';
import { CommandBus } from '@nestjs/cqrs';

export function unitImportDto(job: UnitImportJob): UnitImportJobDto {
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format === 'csv' ? 'csv' : 'xlsx',
    parentId: job.parentId,
    status: job.status,
    total: job.total,
    done: job.done,
    percent: percentDone(job.done, job.total),
    createdAt: job.createdAt.toISOString(),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    ...(job.failure ? { failure: job.failure } : {}),
  };
}

/** Unit imports from the gateway: the upload (validated whole here) and the job's progress. */
export const UnitImportsRpcController = jobRpcController({
  job: UNIT_IMPORT_JOB,
  view: unitImportDto,
  start: (body, actor, services) => {
    const input = {
      content: Buffer.from(body.content, 'base64'),
      format: body.format,
      fileName: body.fileName,
      establishedOn: body.establishedOn ?? todayInVietnam(),
      ...(body.parentId ? { parentId: body.parentId } : {}),
    };
    return services(CommandBus).execute<StartUnitImportCommand, UnitImportJob>(
      new StartUnitImportCommand(input, actor),
    );
  },
  /** Seen by whoever may read the unit it imports under. */
  read: async (id, actor, services) => {
    const job = await services(UnitImportJobs).get(id);
    if (!job) throw new ImportNotFoundError(id);
    const units = services(UnitWorkspace);
    const parent = await units.established(job.parentId);
    authorise(actor, 'units:read', await units.path(parent));
    return job;
  },
});
