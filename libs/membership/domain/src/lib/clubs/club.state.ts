import { unreachable, type CalendarDate } from '@vwu/platform-decider';
import type { ClubEvent } from './club.events';
import type { ClubType } from './club.values';

export interface ClubRecord {
  readonly status: 'open' | 'dissolved';
  readonly clubId: string;
  readonly unitId: string;
  readonly ancestorIds: readonly string[];
  readonly name: string;
  readonly clubType: ClubType;
  readonly foundedOn: CalendarDate;
  readonly dissolvedOn: CalendarDate | null;
  /** Her member id → the day she joined, in joining order. */
  readonly members: Readonly<Record<string, CalendarDate>>;
  /** The latest day anything happened: a dissolution may not come before it. */
  readonly lastChangeOn: CalendarDate;
}

export type ClubState = { readonly status: 'none' } | ClubRecord;

export function initialClubState(): ClubState {
  return { status: 'none' };
}

const later = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);

function without(members: ClubRecord['members'], memberId: string): ClubRecord['members'] {
  return Object.fromEntries(Object.entries(members).filter(([id]) => id !== memberId));
}

function evolveRecord(state: ClubRecord, event: Exclude<ClubEvent, { type: 'ClubFounded' }>) {
  switch (event.type) {
    case 'ClubRenamed':
      return { ...state, name: event.data.name };
    case 'ClubMemberJoined': {
      const { memberId, joinedOn } = event.data;
      const members = { ...state.members, [memberId]: joinedOn };
      return { ...state, members, lastChangeOn: later(state.lastChangeOn, joinedOn) };
    }
    case 'ClubMemberLeft': {
      const { memberId, leftOn } = event.data;
      const members = without(state.members, memberId);
      return { ...state, members, lastChangeOn: later(state.lastChangeOn, leftOn) };
    }
    case 'ClubDissolved': {
      const { dissolvedOn } = event.data;
      return { ...state, status: 'dissolved' as const, dissolvedOn, lastChangeOn: dissolvedOn };
    }
    default:
      return unreachable(event);
  }
}

export function evolveClub(state: ClubState, event: ClubEvent): ClubState {
  if (event.type === 'ClubFounded') {
    const { clubId, unitId, ancestorIds, name, clubType, foundedOn } = event.data;
    return {
      status: 'open',
      clubId,
      unitId,
      ancestorIds,
      name,
      clubType,
      foundedOn,
      dissolvedOn: null,
      members: {},
      lastChangeOn: foundedOn,
    };
  }
  return state.status === 'none' ? state : evolveRecord(state, event);
}
