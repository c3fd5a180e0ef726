import { unreachable, type Decider } from '@vwu/platform-decider';
import type { CadreCommand } from './cadre.commands';
import type { CadreEvent } from './cadre.events';
import { evolveCadre, initialCadreState, type CadreState } from './cadre.state';
import { appointCadre, endCadrePost, rotateCadre } from './cadre-posts';
import { closeUnitPosts } from './close-unit-posts';
import { eraseCadre, recordQualification, registerCadre } from './cadre-rules';

function decideCadre(command: CadreCommand, state: CadreState): readonly CadreEvent[] {
  switch (command.type) {
    case 'RegisterCadre':
      return registerCadre(command, state);
    case 'RecordQualification':
      return recordQualification(command, state);
    case 'AppointCadre':
      return appointCadre(command, state);
    case 'EndCadrePost':
      return endCadrePost(command, state);
    case 'RotateCadre':
      return rotateCadre(command, state);
    case 'EraseCadre':
      return eraseCadre(command, state);
    case 'CloseUnitPosts':
      return closeUnitPosts(command, state);
    default:
      return unreachable(command);
  }
}

/** Cán bộ Hội: one stream per cadre (cadre-<cadreId>), her record, facts and posts. */
export const cadreDecider: Decider<CadreCommand, CadreEvent, CadreState> = {
  initialState: initialCadreState,
  evolve: evolveCadre,
  decide: decideCadre,
};

export function cadreStreamId(cadreId: string): string {
  return `cadre-${cadreId}`;
}
