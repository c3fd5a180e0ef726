import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ORGANISATION_RPC,
  establishUnitBody,
  renameUnitBody,
  unitIdParam,
  type RpcRequest,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import {
  EstablishUnitCommand,
  RenameUnitCommand,
  type UnitCommandResult,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import { RpcProblemFilter } from '@vwu/platform-nest';
import { ActorResolver } from '@vwu/platform-nest';

/** Commands from the gateway. Bodies are validated again here: nothing is trusted by position. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(ORGANISATION_RPC.establishUnit)
  async establish(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const actor = await this.actors.resolve(request);
    const body = parseBody(establishUnitBody, request.body);
    const input = { ...body, establishedOn: body.establishedOn ?? todayInVietnam() };
    return this.commandBus.execute<EstablishUnitCommand, UnitCommandResult>(
      new EstablishUnitCommand(input, actor),
    );
  }

  @MessagePattern(ORGANISATION_RPC.renameUnit)
  async rename(
    @Payload() request: RpcRequest<{ unitId: unknown; patch: unknown }>,
  ): Promise<UnitCommandResultDto> {
    const actor = await this.actors.resolve(request);
    const unitId = parseBody(unitIdParam, request.body.unitId);
    const body = parseBody(renameUnitBody, request.body.patch);
    const input = { name: body.name, renamedOn: body.renamedOn ?? todayInVietnam() };
    return this.commandBus.execute<RenameUnitCommand, UnitCommandResult>(
      new RenameUnitCommand(unitId, input, actor),
    );
  }
}
