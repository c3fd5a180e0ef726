import type { CalendarDate } from '@vwu/platform-decider';
import type { ClubLeaveReason, ClubType } from './club.values';

// A club's stream (club-<clubId>). Member ids only: a club holds nothing personal.

export interface ClubFounded {
  readonly type: 'ClubFounded';
  readonly data: {
    readonly clubId: string;
    readonly unitId: string;
    /** The unit's ancestors, root first: whose scope acts on the club. */
    readonly ancestorIds: readonly string[];
    readonly name: string;
    readonly clubType: ClubType;
    readonly foundedOn: CalendarDate;
  };
}

export interface ClubRenamed {
  readonly type: 'ClubRenamed';
  readonly data: { readonly clubId: string; readonly name: string };
}

export interface ClubMemberJoined {
  readonly type: 'ClubMemberJoined';
  readonly data: {
    readonly clubId: string;
    readonly memberId: string;
    readonly joinedOn: CalendarDate;
  };
}

export interface ClubMemberLeft {
  readonly type: 'ClubMemberLeft';
  readonly data: {
    readonly clubId: string;
    readonly memberId: string;
    readonly leftOn: CalendarDate;
    readonly reason: ClubLeaveReason;
  };
}

export interface ClubDissolved {
  readonly type: 'ClubDissolved';
  readonly data: {
    readonly clubId: string;
    readonly dissolvedOn: CalendarDate;
    /** How many members it had on its last day. */
    readonly memberCount: number;
  };
}

export type ClubEvent =
  ClubFounded | ClubRenamed | ClubMemberJoined | ClubMemberLeft | ClubDissolved;
