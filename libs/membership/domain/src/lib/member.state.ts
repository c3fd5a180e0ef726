import type { CalendarDate } from '@vwu/platform-decider';
import type { MemberEvent } from './member.events';
import type { SpecialGroup } from './member.values';

export type MemberStatus = 'active' | 'left' | 'deceased' | 'removed';

export interface MemberRecord {
  readonly status: MemberStatus;
  readonly memberId: string;
  readonly branchId: string;
  readonly ancestorIds: readonly string[];
  readonly groupId: string | null;
  readonly birthYear: number;
  readonly specialGroups: readonly SpecialGroup[];
  readonly admittedOn: CalendarDate;
  /** The latest date a change of place or status took effect: such changes may not go back. */
  readonly lastChangeOn: CalendarDate;
  /** Per year: the fee paid, or waived. */
  readonly fees: Readonly<Record<string, 'paid' | 'waived'>>;
  readonly party: {
    readonly introducedOn: CalendarDate | null;
    readonly admittedOn: CalendarDate | null;
  };
  /** `<year>:<title>` of each recognition. */
  readonly recognitions: readonly string[];
  /** Erased on request: her personal data is unreadable, her counts stay. */
  readonly erased: boolean;
}

export type MemberState = { readonly status: 'not-admitted' } | MemberRecord;

export function initialMemberState(): MemberState {
  return { status: 'not-admitted' };
}

export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  if (event.type === 'MemberAdmitted') {
    const { memberId, branchId, ancestorIds, groupId, birthYear, specialGroups, admittedOn } =
      event.data;
    return {
      status: 'active',
      memberId,
      branchId,
      ancestorIds,
      groupId,
      birthYear,
      specialGroups,
      admittedOn,
      lastChangeOn: admittedOn,
      fees: {},
      recognitions: [],
      erased: false,
      party: { introducedOn: null, admittedOn: null },
    };
  }
  return state.status === 'not-admitted' ? state : evolveRecord(state, event);
}

type Change = Exclude<MemberEvent, { type: 'MemberAdmitted' }>;

/** How each recorded fact changes the record: a type without one does not compile. */
type Evolvers = {
  readonly [T in Change['type']]: (
    state: MemberRecord,
    event: Extract<Change, { type: T }>,
  ) => MemberRecord;
};

const feeOf =
  (outcome: 'paid' | 'waived') =>
  (state: MemberRecord, event: { readonly data: { readonly year: number } }): MemberRecord => ({
    ...state,
    fees: { ...state.fees, [event.data.year]: outcome },
  });

const EVOLVERS: Evolvers = {
  MemberContactUpdated: (state) => state,
  MemberAssignedToGroup: (state, { data }) => ({ ...state, groupId: data.groupId }),
  SpecialGroupTagged: (state, { data }) => ({
    ...state,
    specialGroups: [...state.specialGroups, data.group],
  }),
  SpecialGroupUntagged: (state, { data }) => ({
    ...state,
    specialGroups: state.specialGroups.filter((group) => group !== data.group),
  }),
  FeePaid: feeOf('paid'),
  FeeWaived: feeOf('waived'),
  MemberTransferred: (state, { data }) => ({
    ...state,
    branchId: data.toBranchId,
    ancestorIds: data.ancestorIds,
    groupId: data.groupId,
    lastChangeOn: data.transferredOn,
  }),
  MembershipEnded: (state, { data }) => ({ ...state, status: data.end, lastChangeOn: data.on }),
  MemberReadmitted: (state, { data }) => ({
    ...state,
    status: 'active',
    branchId: data.branchId,
    ancestorIds: data.ancestorIds,
    groupId: data.groupId,
    lastChangeOn: data.readmittedOn,
  }),
  PartyStepRecorded: (state, { data }) => ({
    ...state,
    party: {
      ...state.party,
      [data.step === 'introduced' ? 'introducedOn' : 'admittedOn']: data.on,
    },
  }),
  MemberRecognisedExemplary: (state, { data }) => ({
    ...state,
    recognitions: [...state.recognitions, `${data.year}:${data.title}`],
  }),
  MemberErased: (state) => ({ ...state, erased: true }),
};

function evolveRecord(state: MemberRecord, event: Change): MemberRecord {
  const evolve = EVOLVERS[event.type] as (s: MemberRecord, e: Change) => MemberRecord;
  return evolve(state, event);
}
