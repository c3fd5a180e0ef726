import {
  CLUB_DISSOLVED_V1,
  CLUB_FOUNDED_V1,
  CLUB_MEMBER_JOINED_V1,
  CLUB_MEMBER_LEFT_V1,
  CLUB_RENAMED_V1,
  FEE_PAID_V1,
  FEE_WAIVED_V1,
  MEMBER_ADMITTED_V1,
  MEMBER_ASSIGNED_TO_GROUP_V1,
  MEMBER_ERASED_V1,
  MEMBER_READMITTED_V1,
  MEMBER_RECOGNISED_EXEMPLARY_V1,
  MEMBER_TRANSFERRED_V1,
  MEMBERSHIP_ENDED_V1,
  PARTY_STEP_RECORDED_V1,
  SPECIAL_GROUP_TAGGED_V1,
  SPECIAL_GROUP_UNTAGGED_V1,
} from '@vwu/contracts';
import type { ClubEvent, MemberEvent } from '@vwu/membership-domain';
import type { PublicEventMapper } from '@vwu/platform-messaging';

/**
 * Internal event type → public type, or null for an event that stays inside the service: a
 * change of contact details is nothing but personal data. Members' and clubs' streams share the
 * store, its outbox and the topic.
 */
const PUBLIC_TYPES: { readonly [T in (MemberEvent | ClubEvent)['type']]: string | null } = {
  MemberAdmitted: MEMBER_ADMITTED_V1,
  MemberContactUpdated: null,
  MemberAssignedToGroup: MEMBER_ASSIGNED_TO_GROUP_V1,
  SpecialGroupTagged: SPECIAL_GROUP_TAGGED_V1,
  SpecialGroupUntagged: SPECIAL_GROUP_UNTAGGED_V1,
  FeePaid: FEE_PAID_V1,
  FeeWaived: FEE_WAIVED_V1,
  MemberTransferred: MEMBER_TRANSFERRED_V1,
  MembershipEnded: MEMBERSHIP_ENDED_V1,
  MemberReadmitted: MEMBER_READMITTED_V1,
  PartyStepRecorded: PARTY_STEP_RECORDED_V1,
  MemberRecognisedExemplary: MEMBER_RECOGNISED_EXEMPLARY_V1,
  MemberErased: MEMBER_ERASED_V1,
  ClubFounded: CLUB_FOUNDED_V1,
  ClubRenamed: CLUB_RENAMED_V1,
  ClubMemberJoined: CLUB_MEMBER_JOINED_V1,
  ClubMemberLeft: CLUB_MEMBER_LEFT_V1,
  ClubDissolved: CLUB_DISSOLVED_V1,
};

/**
 * Fields that never leave the service: her sealed personal data, in any event, and a waiver's
 * reason (free text that may speak of her health or circumstances). Named here, not only
 * dropped by the public schemas, so that a schema change cannot let them through.
 */
const PRIVATE: Readonly<Record<string, readonly string[]>> = { FeeWaived: ['reason'] };

/** Internal membership events → the public contract, personal data left out. */
export const membershipPublicEvents: PublicEventMapper = (stored) => {
  const type = Object.hasOwn(PUBLIC_TYPES, stored.type)
    ? PUBLIC_TYPES[stored.type as keyof typeof PUBLIC_TYPES]
    : null;
  if (type === null) return undefined;
  const hidden = new Set(['personal', ...(PRIVATE[stored.type] ?? [])]);
  const data = Object.fromEntries(
    Object.entries(stored.data).filter(([field]) => !hidden.has(field)),
  );
  return { type, data };
};
