import { isCalendarDate, type CalendarDate } from '@vwu/platform-decider';
import { MemberErasedError, MemberNotActiveError, MemberNotFoundError } from '../member.errors';
import type { DissolveClub, FoundClub, JoinClub, LeaveClub, RenameClub } from './club.commands';
import {
  ClubDissolvedError,
  ClubExistsError,
  ClubNotFoundError,
  InvalidClubInputError,
  NotAClubUnitError,
  NotInClubError,
} from './club.errors';
import type {
  ClubDissolved,
  ClubFounded,
  ClubMemberJoined,
  ClubMemberLeft,
  ClubRenamed,
} from './club.events';
import type { ClubRecord, ClubState } from './club.state';
import { CLUB_UNIT_KINDS, isClubType, MAX_CLUB_NAME } from './club.values';

function requireDay(text: string, field: string, today: CalendarDate): CalendarDate {
  if (!isCalendarDate(text))
    throw new InvalidClubInputError(
      `${field} phải là ngày dạng YYYY-MM-DD — ${field} must be a date YYYY-MM-DD`,
    );
  if (text > today)
    throw new InvalidClubInputError(
      `${field} ${text} là ngày trong tương lai — ${field} ${text} is in the future`,
    );
  return text;
}

function requireName(text: string): string {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '' || name.length > MAX_CLUB_NAME)
    throw new InvalidClubInputError(
      `tên câu lạc bộ có từ 1 đến ${MAX_CLUB_NAME} ký tự — the name has 1 to ${MAX_CLUB_NAME} characters`,
    );
  return name;
}

function requireClub(state: ClubState, clubId: string): ClubRecord {
  if (state.status === 'none') throw new ClubNotFoundError(clubId);
  return state;
}

/** An open club: members join and leave, it is renamed, it is dissolved. */
function requireOpen(state: ClubState, clubId: string): ClubRecord {
  const club = requireClub(state, clubId);
  if (club.status === 'dissolved') throw new ClubDissolvedError(clubId, club.dissolvedOn ?? '');
  return club;
}

function requireNotBefore(on: CalendarDate, since: CalendarDate, field: string): void {
  if (on < since)
    throw new InvalidClubInputError(
      `${field} ${on} trước ngày ${since} — ${field} ${on} is before ${since}`,
    );
}

export function foundClub(command: FoundClub, state: ClubState): readonly ClubFounded[] {
  if (state.status !== 'none') throw new ClubExistsError(command.clubId);
  const { unit, clubId, clubType } = command;
  if (!unit.active || !CLUB_UNIT_KINDS.includes(unit.kind))
    throw new NotAClubUnitError(unit.unitId);
  if (!isClubType(clubType))
    throw new InvalidClubInputError(
      `không có loại câu lạc bộ ${String(clubType)} — unknown club type ${String(clubType)}`,
    );
  const name = requireName(command.name);
  const foundedOn = requireDay(command.foundedOn, 'foundedOn', command.today);
  const { unitId, ancestorIds } = unit;
  return [
    { type: 'ClubFounded', data: { clubId, unitId, ancestorIds, name, clubType, foundedOn } },
  ];
}

/** The same name again decides nothing. */
export function renameClub(command: RenameClub, state: ClubState): readonly ClubRenamed[] {
  const club = requireOpen(state, command.clubId);
  const name = requireName(command.name);
  if (name === club.name) return [];
  return [{ type: 'ClubRenamed', data: { clubId: club.clubId, name } }];
}

/**
 * Only an active member (not erased) joins, only an open club, not before it was founded. She
 * joins once: joining again while she is in decides nothing (a repeated request).
 */
export function joinClub(command: JoinClub, state: ClubState): readonly ClubMemberJoined[] {
  const club = requireOpen(state, command.clubId);
  const { memberId, status, erased } = command.member;
  if (status === 'not-admitted') throw new MemberNotFoundError(memberId);
  if (status !== 'active') throw new MemberNotActiveError(memberId, status);
  if (erased) throw new MemberErasedError(memberId);
  if (club.members[memberId] !== undefined) return [];
  const joinedOn = requireDay(command.joinedOn, 'joinedOn', command.today);
  requireNotBefore(joinedOn, club.foundedOn, 'joinedOn');
  return [{ type: 'ClubMemberJoined', data: { clubId: club.clubId, memberId, joinedOn } }];
}

function leavingDay(command: LeaveClub, joinedOn: CalendarDate): CalendarDate {
  if (command.reason === 'membership-ended') {
    const endedOn = requireDay(command.leftOn, 'leftOn', '9999-12-31');
    return endedOn < joinedOn ? joinedOn : endedOn;
  }
  const leftOn = requireDay(command.leftOn, 'leftOn', command.today);
  requireNotBefore(leftOn, joinedOn, 'leftOn');
  return leftOn;
}

/**
 * She leaves only a club she is in, not before she joined. The end of her membership of the
 * union takes her out of her clubs on its day (recorded as it is, even ahead), or on the day she
 * joined if that came later (a join that raced her departure).
 */
export function leaveClub(command: LeaveClub, state: ClubState): readonly ClubMemberLeft[] {
  const club = requireOpen(state, command.clubId);
  const { memberId, reason } = command;
  const joinedOn = club.members[memberId];
  if (joinedOn === undefined) throw new NotInClubError(club.clubId, memberId);
  const leftOn = leavingDay(command, joinedOn);
  return [{ type: 'ClubMemberLeft', data: { clubId: club.clubId, memberId, leftOn, reason } }];
}

/** Dissolving a dissolved club decides nothing; nothing happens in a club after its last day. */
export function dissolveClub(command: DissolveClub, state: ClubState): readonly ClubDissolved[] {
  const club = requireClub(state, command.clubId);
  if (club.status === 'dissolved') return [];
  const dissolvedOn = requireDay(command.dissolvedOn, 'dissolvedOn', command.today);
  requireNotBefore(dissolvedOn, club.lastChangeOn, 'dissolvedOn');
  const memberCount = Object.keys(club.members).length;
  return [{ type: 'ClubDissolved', data: { clubId: club.clubId, dissolvedOn, memberCount } }];
}
