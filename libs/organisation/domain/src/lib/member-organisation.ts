import type { MemberOrganisationJoinedV1Data, MemberOrganisationLeftV1Data } from '@vwu/contracts';
import { DomainError, unreachable, type Decider, type DeepReadonly } from '@vwu/platform-decider';
import { type CalendarDate } from './calendar-date';
import { requireCalendarDate, requireUnitName } from './unit-input';

// Tổ chức thành viên: an association that joins the city union as a member organisation (the
// Women Intellectuals' Association, the association of women-owned SMEs). One stream each; the
// events' data is the public v1 contract's, read-only.

export type MemberOrganisationJoined = {
  readonly type: 'MemberOrganisationJoined';
  readonly data: DeepReadonly<MemberOrganisationJoinedV1Data>;
};

export type MemberOrganisationLeft = {
  readonly type: 'MemberOrganisationLeft';
  readonly data: DeepReadonly<MemberOrganisationLeftV1Data>;
};

export type MemberOrganisationEvent = MemberOrganisationJoined | MemberOrganisationLeft;

export interface JoinMemberOrganisation {
  readonly type: 'JoinMemberOrganisation';
  readonly organisationId: string;
  readonly name: string;
  readonly unionId: string;
  readonly joinedOn: CalendarDate;
}

export interface LeaveMemberOrganisation {
  readonly type: 'LeaveMemberOrganisation';
  readonly organisationId: string;
  readonly leftOn: CalendarDate;
  readonly reason: string;
}

export type MemberOrganisationCommand = JoinMemberOrganisation | LeaveMemberOrganisation;

export type MemberOrganisationState =
  | { readonly status: 'none' }
  | {
      readonly status: 'member' | 'left';
      readonly organisationId: string;
      readonly name: string;
      readonly unionId: string;
      /** The latest joining or leaving date: membership changes may not go back. */
      readonly since: CalendarDate;
    };

export class MemberOrganisationNotFoundError extends DomainError {
  readonly code = 'organisation.member-organisation-not-found';
  readonly kind = 'not-found';
  constructor(readonly organisationId: string) {
    super(
      `${organisationId} không phải là tổ chức thành viên — ${organisationId} is not a member organisation`,
    );
  }
}

export class MemberOrganisationDateError extends DomainError {
  readonly code = 'organisation.member-organisation-date';
  readonly kind = 'invalid';
  constructor(
    readonly on: CalendarDate,
    readonly since: CalendarDate,
  ) {
    super(
      `thay đổi gần nhất của tổ chức thành viên có hiệu lực từ ngày ${since}; thay đổi ngày ${on} không thể có trước ngày đó — the member organisation last changed on ${since}; a change on ${on} cannot precede it`,
    );
  }
}

function join(
  command: JoinMemberOrganisation,
  state: MemberOrganisationState,
): readonly MemberOrganisationEvent[] {
  const name = requireUnitName(command.name);
  const joinedOn = requireCalendarDate(command.joinedOn, 'joinedOn');
  if (state.status === 'member') return [];
  if (state.status === 'left' && joinedOn < state.since)
    throw new MemberOrganisationDateError(joinedOn, state.since);
  const { organisationId, unionId } = command;
  return [{ type: 'MemberOrganisationJoined', data: { organisationId, name, unionId, joinedOn } }];
}

function leave(
  command: LeaveMemberOrganisation,
  state: MemberOrganisationState,
): readonly MemberOrganisationEvent[] {
  if (state.status === 'none') throw new MemberOrganisationNotFoundError(command.organisationId);
  if (state.status === 'left') return [];
  const leftOn = requireCalendarDate(command.leftOn, 'leftOn');
  if (leftOn < state.since) throw new MemberOrganisationDateError(leftOn, state.since);
  const reason = command.reason.trim().slice(0, 500);
  return [
    {
      type: 'MemberOrganisationLeft',
      data: { organisationId: state.organisationId, leftOn, reason },
    },
  ];
}

const EVENT_TYPES: ReadonlySet<string> = new Set<MemberOrganisationEvent['type']>([
  'MemberOrganisationJoined',
  'MemberOrganisationLeft',
]);

function evolve(
  state: MemberOrganisationState,
  event: MemberOrganisationEvent,
): MemberOrganisationState {
  // The id of a unit names a stream of unit events: no member organisation there (404, not 500).
  if (!EVENT_TYPES.has(event.type)) return state;
  switch (event.type) {
    case 'MemberOrganisationJoined': {
      const { organisationId, name, unionId, joinedOn } = event.data;
      return { status: 'member', organisationId, name, unionId, since: joinedOn };
    }
    case 'MemberOrganisationLeft':
      return state.status === 'none'
        ? state
        : { ...state, status: 'left', since: event.data.leftOn };
    default:
      return unreachable(event);
  }
}

/** A member organisation joins a union (again, after leaving) and leaves it. */
export const memberOrganisationDecider: Decider<
  MemberOrganisationCommand,
  MemberOrganisationEvent,
  MemberOrganisationState
> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => {
    switch (command.type) {
      case 'JoinMemberOrganisation':
        return join(command, state);
      case 'LeaveMemberOrganisation':
        return leave(command, state);
      default:
        return unreachable(command);
    }
  },
};
