import { unreachable, type CalendarDate } from '@vwu/platform-decider';
import type { MemberAdmittedData, MemberEvent } from './member.events';

export type MemberStatus = 'active' | 'left' | 'deceased' | 'removed';

/** What her admission says of her, kept as it changes: her place, birth year, groups. */
type AdmittedFields = Omit<MemberAdmittedData, 'personal'>;

export interface MemberRecord extends AdmittedFields {
  readonly status: MemberStatus;
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

type DetailChange = Extract<
  Change,
  {
    type:
      | 'SpecialGroupTagged'
      | 'SpecialGroupUntagged'
      | 'FeePaid'
      | 'FeeWaived'
      | 'PartyStepRecorded'
      | 'MemberRecognisedExemplary';
  }
>;

const DETAILS: Readonly<Record<DetailChange['type'], true>> = {
  SpecialGroupTagged: true,
  SpecialGroupUntagged: true,
  FeePaid: true,
  FeeWaived: true,
  PartyStepRecorded: true,
  MemberRecognisedExemplary: true,
};

function isDetailChange(event: Change): event is DetailChange {
  return Object.hasOwn(DETAILS, event.type);
}

/** Her place and status: her group, her branch, the end of her membership and erasure. */
function evolveRecord(state: MemberRecord, event: Change): MemberRecord {
  if (isDetailChange(event)) return evolveDetails(state, event);
  switch (event.type) {
    case 'MemberContactUpdated':
      return state;
    case 'MemberAssignedToGroup':
      return { ...state, groupId: event.data.groupId };
    case 'MemberTransferred':
      return {
        ...state,
        branchId: event.data.toBranchId,
        ancestorIds: event.data.ancestorIds,
        groupId: event.data.groupId,
        lastChangeOn: event.data.transferredOn,
      };
    case 'MembershipEnded':
      return { ...state, status: event.data.end, lastChangeOn: event.data.on };
    case 'MemberReadmitted':
      return {
        ...state,
        status: 'active',
        branchId: event.data.branchId,
        ancestorIds: event.data.ancestorIds,
        groupId: event.data.groupId,
        lastChangeOn: event.data.readmittedOn,
      };
    case 'MemberErased':
      return { ...state, erased: true };
    default:
      return unreachable(event);
  }
}

/** Her details: special groups, fees, the Party's steps and recognitions. */
function evolveDetails(state: MemberRecord, event: DetailChange): MemberRecord {
  switch (event.type) {
    case 'SpecialGroupTagged':
      return { ...state, specialGroups: [...state.specialGroups, event.data.group] };
    case 'SpecialGroupUntagged':
      return {
        ...state,
        specialGroups: state.specialGroups.filter((group) => group !== event.data.group),
      };
    case 'FeePaid':
      return { ...state, fees: { ...state.fees, [event.data.year]: 'paid' } };
    case 'FeeWaived':
      return { ...state, fees: { ...state.fees, [event.data.year]: 'waived' } };
    case 'PartyStepRecorded': {
      const step = event.data.step === 'introduced' ? 'introducedOn' : 'admittedOn';
      return { ...state, party: { ...state.party, [step]: event.data.on } };
    }
    case 'MemberRecognisedExemplary':
      return {
        ...state,
        recognitions: [...state.recognitions, `${event.data.year}:${event.data.title}`],
      };
    default:
      return unreachable(event);
  }
}
