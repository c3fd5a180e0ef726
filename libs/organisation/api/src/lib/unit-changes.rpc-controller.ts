import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Payload } from '@nestjs/microservices';
import {
  dissolveUnit,
  mergeUnit,
  moveUnit,
  type ClosureResultDto,
  type RpcRequest,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import {
  DissolveUnitCommand,
  MergeUnitCommand,
  MoveUnitCommand,
} from '@vwu/organisation-application';
import { todayInVietnam } from '@vwu/platform-config';
import { ActorResolver, Answers, RpcProblemFilter } from '@vwu/platform-nest';

/** Changes of the tree: move, merge, dissolve, bound to their declarations. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitChangesRpcController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly actors: ActorResolver,
  ) {}

  @Answers(moveUnit)
  async move(@Payload() request: RpcRequest<unknown>): Promise<UnitCommandResultDto> {
    const { actor, params, body } = await this.actors.receive(moveUnit, request);
    const input = { parentId: body.parentId, movedOn: body.movedOn ?? todayInVietnam() };
    return this.commandBus.execute(new MoveUnitCommand(params.id, input, actor));
  }

  @Answers(mergeUnit)
  async merge(@Payload() request: RpcRequest<unknown>): Promise<ClosureResultDto> {
    const { actor, params, body } = await this.actors.receive(mergeUnit, request);
    const input = { successorId: body.successorId, mergedOn: body.mergedOn ?? todayInVietnam() };
    return this.commandBus.execute(new MergeUnitCommand(params.id, input, actor));
  }

  @Answers(dissolveUnit)
  async dissolve(@Payload() request: RpcRequest<unknown>): Promise<ClosureResultDto> {
    const { actor, params, body } = await this.actors.receive(dissolveUnit, request);
    const input = {
      successorId: body.successorId,
      dissolvedOn: body.dissolvedOn ?? todayInVietnam(),
    };
    return this.commandBus.execute(new DissolveUnitCommand(params.id, input, actor));
  }
}
