import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import { authorisedCadre } from '../cadre-access';
import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';
import { UnitSeats } from '../seats';
import { EndCadrePostCommand } from './end-cadre-post.command';

/** In her record's scope; the post's seat, if single, is free once the end is appended. */
@CommandHandler(EndCadrePostCommand)
export class EndCadrePostHandler implements ICommandHandler<
  EndCadrePostCommand,
  CadreCommandResult
> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly seats: UnitSeats,
  ) {}

  async execute({ cadreId, postId, input, actor }: EndCadrePostCommand) {
    await authorisedCadre(this.cadres, cadreId, actor);
    const command = { type: 'EndCadrePost', cadreId, postId, ...input } as const;
    const outcome = await this.cadres.handle(
      cadreId,
      { ...command, today: todayInVietnam() },
      actor,
    );
    for (const event of outcome.events)
      if (event.type === 'CadrePostEnded')
        await this.seats.release(cadreId, event.data.unitId, event.data.position);
    return { id: cadreId, version: outcome.version } satisfies CadreCommandResult;
  }
}
