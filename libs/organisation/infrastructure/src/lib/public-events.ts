import {
  MEMBER_ORGANISATION_JOINED_V1,
  MEMBER_ORGANISATION_LEFT_V1,
  UNIT_DISSOLVED_V1,
  UNIT_ESTABLISHED_V1,
  UNIT_INSPECTED_V1,
  UNIT_MOVED_V1,
  UNIT_RATED_V1,
  UNIT_RATING_CORRECTED_V1,
  UNIT_RENAMED_V1,
  UNITS_MERGED_V1,
  WOMEN_POPULATION_RECORDED_V1,
} from '@vwu/contracts';
import type { MemberOrganisationEvent, UnitEvent } from '@vwu/organisation-domain';
import type { PublicEventMapper } from '@vwu/platform-messaging';

/** Internal event type → public type. Today the shapes coincide; here is where they may part. */
const PUBLIC_TYPES: { readonly [T in (UnitEvent | MemberOrganisationEvent)['type']]: string } = {
  UnitEstablished: UNIT_ESTABLISHED_V1,
  UnitRenamed: UNIT_RENAMED_V1,
  UnitMoved: UNIT_MOVED_V1,
  UnitsMerged: UNITS_MERGED_V1,
  UnitDissolved: UNIT_DISSOLVED_V1,
  WomenPopulationRecorded: WOMEN_POPULATION_RECORDED_V1,
  UnitRated: UNIT_RATED_V1,
  UnitRatingCorrected: UNIT_RATING_CORRECTED_V1,
  UnitInspected: UNIT_INSPECTED_V1,
  MemberOrganisationJoined: MEMBER_ORGANISATION_JOINED_V1,
  MemberOrganisationLeft: MEMBER_ORGANISATION_LEFT_V1,
};

/**
 * Internal organisation events → the public contract (an internal field that must not leave,
 * or a v2 beside a v1, would part them here). An unknown internal type is not published.
 */
export const organisationPublicEvents: PublicEventMapper = (stored) => {
  const type = Object.hasOwn(PUBLIC_TYPES, stored.type)
    ? PUBLIC_TYPES[stored.type as keyof typeof PUBLIC_TYPES]
    : undefined;
  return type === undefined ? undefined : { type, data: { ...stored.data } };
};
