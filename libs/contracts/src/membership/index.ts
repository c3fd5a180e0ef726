import {
  CLUB_DISSOLVED_V1,
  CLUB_FOUNDED_V1,
  CLUB_MEMBER_JOINED_V1,
  CLUB_MEMBER_LEFT_V1,
  CLUB_RENAMED_V1,
  ClubDissolvedV1,
  ClubFoundedV1,
  ClubMemberJoinedV1,
  ClubMemberLeftV1,
  ClubRenamedV1,
} from './club-events.v1';
import {
  MEMBER_ADMITTED_V1,
  MEMBER_ERASED_V1,
  MEMBER_READMITTED_V1,
  MEMBER_TRANSFERRED_V1,
  MEMBERSHIP_ENDED_V1,
  MemberAdmittedV1,
  MemberErasedV1,
  MemberReadmittedV1,
  MemberTransferredV1,
  MembershipEndedV1,
} from './member-lifecycle.v1';
import {
  FEE_PAID_V1,
  FEE_WAIVED_V1,
  FeePaidV1,
  FeeWaivedV1,
  MEMBER_ASSIGNED_TO_GROUP_V1,
  MEMBER_RECOGNISED_EXEMPLARY_V1,
  MemberAssignedToGroupV1,
  MemberRecognisedExemplaryV1,
  PARTY_STEP_RECORDED_V1,
  PartyStepRecordedV1,
  SPECIAL_GROUP_TAGGED_V1,
  SPECIAL_GROUP_UNTAGGED_V1,
  SpecialGroupTaggedV1,
  SpecialGroupUntaggedV1,
} from './member-records.v1';

export * from './club-events.v1';
export * from './member-lifecycle.v1';
export * from './member-records.v1';

/** The public events of the membership context, by type; all on `vwu.membership.events`. */
export const MEMBERSHIP_EVENTS = {
  [MEMBER_ADMITTED_V1]: MemberAdmittedV1,
  [MEMBER_TRANSFERRED_V1]: MemberTransferredV1,
  [MEMBERSHIP_ENDED_V1]: MembershipEndedV1,
  [MEMBER_READMITTED_V1]: MemberReadmittedV1,
  [MEMBER_ERASED_V1]: MemberErasedV1,
  [MEMBER_ASSIGNED_TO_GROUP_V1]: MemberAssignedToGroupV1,
  [SPECIAL_GROUP_TAGGED_V1]: SpecialGroupTaggedV1,
  [SPECIAL_GROUP_UNTAGGED_V1]: SpecialGroupUntaggedV1,
  [FEE_PAID_V1]: FeePaidV1,
  [FEE_WAIVED_V1]: FeeWaivedV1,
  [PARTY_STEP_RECORDED_V1]: PartyStepRecordedV1,
  [MEMBER_RECOGNISED_EXEMPLARY_V1]: MemberRecognisedExemplaryV1,
  [CLUB_FOUNDED_V1]: ClubFoundedV1,
  [CLUB_RENAMED_V1]: ClubRenamedV1,
  [CLUB_MEMBER_JOINED_V1]: ClubMemberJoinedV1,
  [CLUB_MEMBER_LEFT_V1]: ClubMemberLeftV1,
  [CLUB_DISSOLVED_V1]: ClubDissolvedV1,
} as const;
