import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ORGANISATION_RPC, unitIdParam, type RpcRequest } from '@vwu/internal-api';
import { EventStore } from '@vwu/platform-event-sourcing';
import { parseBody } from '@vwu/platform-http';
import { ActorResolver, RpcProblemFilter } from '@vwu/platform-nest';

/**
 * How far a stream has been written, for the gateway's read-your-writes: a read that waited in
 * vain for a version learns whether the read model lags (503) or the version was never written
 * (a client's mistake). A number only, to any signed-in caller: no unit's content.
 */
@Controller()
@UseFilters(RpcProblemFilter)
export class StreamVersionsRpcController {
  constructor(
    private readonly store: EventStore,
    private readonly actors: ActorResolver,
  ) {}

  @MessagePattern(ORGANISATION_RPC.streamVersion)
  async version(@Payload() request: RpcRequest<{ id: unknown }>): Promise<number> {
    await this.actors.resolve(request);
    const id = parseBody(unitIdParam, request.body.id);
    return (await this.store.readStream(id)).at(-1)?.version ?? 0;
  }
}
