import { unreachable, type Decider } from '@vwu/platform-decider';
import type { ClubCommand } from './club.commands';
import type { ClubEvent } from './club.events';
import { evolveClub, initialClubState, type ClubState } from './club.state';
import { dissolveClub, foundClub, joinClub, leaveClub, renameClub } from './club-rules';

function decideClub(command: ClubCommand, state: ClubState): readonly ClubEvent[] {
  switch (command.type) {
    case 'FoundClub':
      return foundClub(command, state);
    case 'RenameClub':
      return renameClub(command, state);
    case 'JoinClub':
      return joinClub(command, state);
    case 'LeaveClub':
      return leaveClub(command, state);
    case 'DissolveClub':
      return dissolveClub(command, state);
    default:
      return unreachable(command);
  }
}

/** Câu lạc bộ, mô hình: one stream per club (club-<clubId>), from founding to dissolution. */
export const clubDecider: Decider<ClubCommand, ClubEvent, ClubState> = {
  initialState: initialClubState,
  evolve: evolveClub,
  decide: decideClub,
};

/** The club's stream id: apart from the member streams (bare member ids) in the same store. */
export function clubStreamId(clubId: string): string {
  return `club-${clubId}`;
}
