import type { CalendarDate } from '@vwu/platform-decider';
import type { SealedPersonalData } from './member.commands';
import type { LeaveReason, SpecialGroup } from './member.values';

// Internal events of a member's stream. The public events (libs/contracts) leave out `personal`:
// personal data never reaches Kafka, sealed or not.

export interface MemberAdmitted {
  readonly type: 'MemberAdmitted';
  readonly data: MemberAdmittedData;
}

/** Her admission: the one list of a member's fields that her state and reads build on. */
// A type, not an interface: event data must fit `Record<string, unknown>`.
export type MemberAdmittedData = {
  readonly memberId: string;
  readonly branchId: string;
  /** The branch's ancestors, root first: the member counts in each of their subtrees. */
  readonly ancestorIds: readonly string[];
  readonly groupId: string | null;
  readonly birthYear: number;
  readonly specialGroups: readonly SpecialGroup[];
  readonly admittedOn: CalendarDate;
  readonly personal: SealedPersonalData;
};

export interface MemberContactUpdated {
  readonly type: 'MemberContactUpdated';
  readonly data: { readonly memberId: string; readonly personal: SealedPersonalData };
}

export interface MemberAssignedToGroup {
  readonly type: 'MemberAssignedToGroup';
  readonly data: {
    readonly memberId: string;
    readonly groupId: string | null;
    readonly previousGroupId: string | null;
  };
}

export interface SpecialGroupTagged {
  readonly type: 'SpecialGroupTagged';
  readonly data: { readonly memberId: string; readonly group: SpecialGroup };
}

export interface SpecialGroupUntagged {
  readonly type: 'SpecialGroupUntagged';
  readonly data: { readonly memberId: string; readonly group: SpecialGroup };
}

export interface FeePaid {
  readonly type: 'FeePaid';
  readonly data: {
    readonly memberId: string;
    readonly year: number;
    /** In đồng. */
    readonly amount: number;
    readonly paidOn: CalendarDate;
  };
}

export interface FeeWaived {
  readonly type: 'FeeWaived';
  readonly data: { readonly memberId: string; readonly year: number; readonly reason: string };
}

export interface MemberTransferred {
  readonly type: 'MemberTransferred';
  readonly data: {
    readonly memberId: string;
    readonly fromBranchId: string;
    readonly fromAncestorIds: readonly string[];
    readonly toBranchId: string;
    readonly ancestorIds: readonly string[];
    readonly groupId: string | null;
    readonly transferredOn: CalendarDate;
  };
}

export interface MembershipEnded {
  readonly type: 'MembershipEnded';
  readonly data: {
    readonly memberId: string;
    readonly end: 'left' | 'deceased' | 'removed';
    readonly reason: LeaveReason;
    readonly branchId: string;
    readonly on: CalendarDate;
  };
}

export interface MemberReadmitted {
  readonly type: 'MemberReadmitted';
  readonly data: {
    readonly memberId: string;
    readonly branchId: string;
    readonly ancestorIds: readonly string[];
    readonly groupId: string | null;
    readonly readmittedOn: CalendarDate;
  };
}

export interface PartyStepRecorded {
  readonly type: 'PartyStepRecorded';
  readonly data: {
    readonly memberId: string;
    readonly step: 'introduced' | 'admitted';
    readonly on: CalendarDate;
  };
}

export interface MemberRecognisedExemplary {
  readonly type: 'MemberRecognisedExemplary';
  readonly data: { readonly memberId: string; readonly year: number; readonly title: string };
}

/** After this, the member's data key is gone: every sealed copy of her personal data is noise. */
export interface MemberErased {
  readonly type: 'MemberErased';
  readonly data: { readonly memberId: string; readonly erasedOn: CalendarDate };
}

export type MemberEvent =
  | MemberAdmitted
  | MemberContactUpdated
  | MemberAssignedToGroup
  | SpecialGroupTagged
  | SpecialGroupUntagged
  | FeePaid
  | FeeWaived
  | MemberTransferred
  | MembershipEnded
  | MemberReadmitted
  | PartyStepRecorded
  | MemberRecognisedExemplary
  | MemberErased;
