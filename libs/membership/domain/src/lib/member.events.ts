import type {
  FeePaidV1Data,
  FeeWaivedV1Data,
  MemberAdmittedV1Data,
  MemberAssignedToGroupV1Data,
  MemberErasedV1Data,
  MemberReadmittedV1Data,
  MemberRecognisedExemplaryV1Data,
  MemberTransferredV1Data,
  MembershipEndedV1Data,
  PartyStepRecordedV1Data,
  SpecialGroupTaggedV1Data,
  SpecialGroupUntaggedV1Data,
} from '@vwu/contracts';
import type { DeepReadonly } from '@vwu/platform-decider';
import type { SealedPersonalData } from './member.commands';
import type { LeaveReason, SpecialGroup } from './member.values';

// Internal events of a member's stream. Their data is the public v1 contract's (libs/contracts),
// read-only, plus what stays internal: `personal` never reaches Kafka, sealed or not.

export interface MemberAdmitted {
  readonly type: 'MemberAdmitted';
  readonly data: MemberAdmittedData;
}

/** Her admission: the one list of a member's fields that her state and reads build on. */
// The contract's special groups are an open list ("more may come"); the domain's are closed.
export type MemberAdmittedData = DeepReadonly<Omit<MemberAdmittedV1Data, 'specialGroups'>> & {
  readonly specialGroups: readonly SpecialGroup[];
  readonly personal: SealedPersonalData;
};

// Internal only: contact data is personal, so no public event says it changed.
export interface MemberContactUpdated {
  readonly type: 'MemberContactUpdated';
  readonly data: { readonly memberId: string; readonly personal: SealedPersonalData };
}

export interface MemberAssignedToGroup {
  readonly type: 'MemberAssignedToGroup';
  readonly data: DeepReadonly<MemberAssignedToGroupV1Data>;
}

// The domain's special groups are closed; the contract's are open ("more may come").
export interface SpecialGroupTagged {
  readonly type: 'SpecialGroupTagged';
  readonly data: DeepReadonly<Omit<SpecialGroupTaggedV1Data, 'group'>> & {
    readonly group: SpecialGroup;
  };
}

export interface SpecialGroupUntagged {
  readonly type: 'SpecialGroupUntagged';
  readonly data: DeepReadonly<Omit<SpecialGroupUntaggedV1Data, 'group'>> & {
    readonly group: SpecialGroup;
  };
}

export interface FeePaid {
  readonly type: 'FeePaid';
  readonly data: DeepReadonly<FeePaidV1Data>;
}

/** The public event leaves the reason out: it may speak of her health or circumstances. */
export interface FeeWaived {
  readonly type: 'FeeWaived';
  readonly data: DeepReadonly<FeeWaivedV1Data> & { readonly reason: string };
}

export interface MemberTransferred {
  readonly type: 'MemberTransferred';
  readonly data: DeepReadonly<MemberTransferredV1Data>;
}

// The domain's leave reasons are closed; the contract's are open ("more may come").
export interface MembershipEnded {
  readonly type: 'MembershipEnded';
  readonly data: DeepReadonly<Omit<MembershipEndedV1Data, 'reason'>> & {
    readonly reason: LeaveReason;
  };
}

export interface MemberReadmitted {
  readonly type: 'MemberReadmitted';
  readonly data: DeepReadonly<MemberReadmittedV1Data>;
}

export interface PartyStepRecorded {
  readonly type: 'PartyStepRecorded';
  readonly data: DeepReadonly<PartyStepRecordedV1Data>;
}

export interface MemberRecognisedExemplary {
  readonly type: 'MemberRecognisedExemplary';
  readonly data: DeepReadonly<MemberRecognisedExemplaryV1Data>;
}

/** After this, the member's data key is gone: every sealed copy of her personal data is noise. */
export interface MemberErased {
  readonly type: 'MemberErased';
  readonly data: DeepReadonly<MemberErasedV1Data>;
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
