import type { CalendarDate } from '@vwu/platform-decider';
import type { BranchFacts } from '../member.commands';
import type { MemberStatus } from '../member.state';
import type { ClubLeaveReason, ClubType } from './club.values';

/** Thành lập CLB: under an active unit that hosts clubs, with a name and a type. */
export interface FoundClub {
  readonly type: 'FoundClub';
  readonly clubId: string;
  /** The unit as the membership service knows it (any kind: see CLUB_UNIT_KINDS). */
  readonly unit: BranchFacts;
  readonly name: string;
  readonly clubType: ClubType;
  readonly foundedOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface RenameClub {
  readonly type: 'RenameClub';
  readonly clubId: string;
  readonly name: string;
}

/**
 * What the application read of the member from her own stream: a club's decider sees the
 * club's stream only.
 */
export interface ClubMemberFacts {
  readonly memberId: string;
  readonly status: MemberStatus | 'not-admitted';
  readonly erased: boolean;
}

export interface JoinClub {
  readonly type: 'JoinClub';
  readonly clubId: string;
  readonly member: ClubMemberFacts;
  readonly joinedOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface LeaveClub {
  readonly type: 'LeaveClub';
  readonly clubId: string;
  readonly memberId: string;
  readonly leftOn: CalendarDate;
  readonly reason: ClubLeaveReason;
  readonly today: CalendarDate;
}

/** Giải thể CLB: the club closes; no one joins or leaves after. */
export interface DissolveClub {
  readonly type: 'DissolveClub';
  readonly clubId: string;
  readonly dissolvedOn: CalendarDate;
  readonly today: CalendarDate;
}

export type ClubCommand = FoundClub | RenameClub | JoinClub | LeaveClub | DissolveClub;
