import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ORGANISATION_RPC,
  dissolveUnitBody,
  mergeUnitBody,
  moveUnitBody,
  unitIdParam,
  type ClosureResultDto,
  type RpcRequest,
  type UnitCommandRequest,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import {
  DissolveUnitCommand,
  MergeUnitCommand,
  MoveUnitCommand,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { parseBody } from '@vwu/platform-http';
import { RpcProblemFilter } from '@vwu/platform-nest';
import { ActorResolver } from '@vwu/platform-nest';

type Request = RpcRequest<UnitCommandRequest<unknown>>;

/** Changes of the tree: move, merge, dissolve. Bodies are validated again here. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitChangesRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(ORGANISATION_RPC.moveUnit)
  async move(@Payload() request: Request): Promise<UnitCommandResultDto> {
    const actor = await this.actors.resolve(request);
    const unitId = parseBody(unitIdParam, request.body.unitId);
    const body = parseBody(moveUnitBody, request.body.body);
    const input = { parentId: body.parentId, movedOn: body.movedOn ?? todayInVietnam() };
    return this.commandBus.execute(new MoveUnitCommand(unitId, input, actor));
  }

  @MessagePattern(ORGANISATION_RPC.mergeUnit)
  async merge(@Payload() request: Request): Promise<ClosureResultDto> {
    const actor = await this.actors.resolve(request);
    const unitId = parseBody(unitIdParam, request.body.unitId);
    const body = parseBody(mergeUnitBody, request.body.body);
    const input = { successorId: body.successorId, mergedOn: body.mergedOn ?? todayInVietnam() };
    return this.commandBus.execute(new MergeUnitCommand(unitId, input, actor));
  }

  @MessagePattern(ORGANISATION_RPC.dissolveUnit)
  async dissolve(@Payload() request: Request): Promise<ClosureResultDto> {
    const actor = await this.actors.resolve(request);
    const unitId = parseBody(unitIdParam, request.body.unitId);
    const body = parseBody(dissolveUnitBody, request.body.body);
    const input = {
      successorId: body.successorId,
      dissolvedOn: body.dissolvedOn ?? todayInVietnam(),
    };
    return this.commandBus.execute(new DissolveUnitCommand(unitId, input, actor));
  }
}
