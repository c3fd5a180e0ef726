import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  importIdParam,
  startUnitImportRequest,
  UNIT_IMPORT_RPC,
  type RpcRequest,
  type UnitImportJobDto,
} from '@vwu/internal-api';
import {
  authorise,
  ImportNotFoundError,
  StartUnitImportCommand,
  UnitImportJobs,
  UnitWorkspace,
  type UnitImportJob,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import { RpcProblemFilter } from '@vwu/platform-nest';
import { ActorResolver } from '@vwu/platform-nest';
import { percentDone } from '@vwu/platform-event-sourcing';

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
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitImportsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
    private readonly jobs: UnitImportJobs,
    private readonly units: UnitWorkspace,
  ) {}

  @MessagePattern(UNIT_IMPORT_RPC.start)
  async start(@Payload() request: RpcRequest<unknown>): Promise<UnitImportJobDto> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(startUnitImportRequest, request.body);
    const input = {
      content: Buffer.from(body.content, 'base64'),
      format: body.format,
      fileName: body.fileName,
      establishedOn: body.establishedOn ?? todayInVietnam(),
      ...(body.parentId ? { parentId: body.parentId } : {}),
    };
    const job = await this.commandBus.execute<StartUnitImportCommand, UnitImportJob>(
      new StartUnitImportCommand(input, actor),
    );
    return unitImportDto(job);
  }

  /** Seen by whoever may read the unit it imports under. */
  @MessagePattern(UNIT_IMPORT_RPC.get)
  async get(@Payload() request: RpcRequest<{ id: unknown }>): Promise<UnitImportJobDto> {
    const actor = await this.actors.resolve(request);
    const id = parseBody(importIdParam, request.body.id);
    const job = await this.jobs.get(id);
    if (!job) throw new ImportNotFoundError(id);
    const parent = await this.units.established(job.parentId);
    authorise(actor, 'units:read', await this.units.path(parent));
    return unitImportDto(job);
  }
}
