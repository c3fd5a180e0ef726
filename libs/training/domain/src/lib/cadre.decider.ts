import { unreachable, type Decider } from '@vwu/platform-decider';
import type {
  AppointCadre,
  CadreCommand,
  CloseUnitPosts,
  EndCadrePost,
  RotateCadre,
} from './cadre.commands';
import type { CadreEvent } from './cadre.events';
import { evolveCadre, initialCadreState, type CadreState } from './cadre.state';
import { appointCadre, endCadrePost, rotateCadre } from './cadre-posts';
import { eraseCadre, recordQualification, registerCadre } from './cadre-rules';
import { closeUnitPosts } from './close-unit-posts';
import { grantCadreAward } from './grant-cadre-award';
import { planCadreSuccession } from './plan-cadre-succession';

/** The commands on her posts; every other command is on her record. */
type PostCommand = AppointCadre | EndCadrePost | RotateCadre | CloseUnitPosts;
type RecordCommand = Exclude<CadreCommand, PostCommand>;

const POST_COMMANDS: ReadonlySet<string> = new Set<PostCommand['type']>([
  'AppointCadre',
  'EndCadrePost',
  'RotateCadre',
  'CloseUnitPosts',
]);

function isPostCommand(command: CadreCommand): command is PostCommand {
  return POST_COMMANDS.has(command.type);
}

function decideRecord(command: RecordCommand, state: CadreState): readonly CadreEvent[] {
  switch (command.type) {
    case 'RegisterCadre':
      return registerCadre(command, state);
    case 'RecordQualification':
      return recordQualification(command, state);
    case 'EraseCadre':
      return eraseCadre(command, state);
    case 'GrantCadreAward':
      return grantCadreAward(command, state);
    case 'PlanCadreSuccession':
      return planCadreSuccession(command, state);
    default:
      return unreachable(command);
  }
}

function decidePost(command: PostCommand, state: CadreState): readonly CadreEvent[] {
  switch (command.type) {
    case 'AppointCadre':
      return appointCadre(command, state);
    case 'EndCadrePost':
      return endCadrePost(command, state);
    case 'RotateCadre':
      return rotateCadre(command, state);
    case 'CloseUnitPosts':
      return closeUnitPosts(command, state);
    default:
      return unreachable(command);
  }
}

function decideCadre(command: CadreCommand, state: CadreState): readonly CadreEvent[] {
  return isPostCommand(command) ? decidePost(command, state) : decideRecord(command, state);
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
