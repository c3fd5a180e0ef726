import {
  cadreDecider,
  type AppointCadre,
  type CadreEvent,
  type CadreState,
  type RegisterCadre,
} from '@vwu/training-domain';
import { foldEvents, type Decider } from '@vwu/platform-decider';
import type { CommandHandler } from '@vwu/platform-event-sourcing';

/**
 * A row of a cadre list: her registration and, if the row names a post, her appointment, decided
 * by the cadre decider one after the other, so that both are her stream's first commit (one
 * bulk write for a whole batch of new streams).
 */
export interface ImportCadre {
  readonly type: 'ImportCadre';
  readonly register: RegisterCadre;
  readonly appoint: AppointCadre | null;
}

function decideImport(command: ImportCadre, state: CadreState): readonly CadreEvent[] {
  const registered = cadreDecider.decide(command.register, state);
  if (command.appoint === null) return registered;
  const after = foldEvents(cadreDecider, registered, state);
  return [...registered, ...cadreDecider.decide(command.appoint, after)];
}

/** The cadre decider's rules over a row: the same events as the single commands record. */
export const cadreImportDecider: Decider<ImportCadre, CadreEvent, CadreState> = {
  initialState: cadreDecider.initialState,
  evolve: cadreDecider.evolve,
  decide: decideImport,
};

/** The generic command handler bound to the import's decider (its bulk start of streams). */
export abstract class CadreImportCommands {
  abstract readonly handler: CommandHandler<ImportCadre, CadreEvent, CadreState>;
}
