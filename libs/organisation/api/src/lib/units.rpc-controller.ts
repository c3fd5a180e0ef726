import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  establishUnit,
  renameUnit,
  type RpcRequest,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import {
  EstablishUnitCommand,
  RenameUnitCommand,
  type UnitCommandResult,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

/** Unit commands, bound to their declarations; inputs are checked again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitsRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(establishUnit)
  async establish(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, body } = await this.actors.receive(establishUnit, request);
    const input = { ...body, establishedOn: body.establishedOn ?? todayInVietnam() };
    return this.commandBus.execute<EstablishUnitCommand, UnitCommandResult>(
      new EstablishUnitCommand(input, actor),
    );
  }

  @Answers(renameUnit)
  async rename(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(renameUnit, request);
    const input = { name: body.name, renamedOn: body.renamedOn ?? todayInVietnam() };
    return this.commandBus.execute<RenameUnitCommand, UnitCommandResult>(
      new RenameUnitCommand(params.id, input, actor),
    );
  }
}
