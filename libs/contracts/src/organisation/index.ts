import {
  MEMBER_ORGANISATION_JOINED_V1,
  MEMBER_ORGANISATION_LEFT_V1,
  MemberOrganisationJoinedV1,
  MemberOrganisationLeftV1,
} from './member-organisations.v1';
import {
  UNIT_DISSOLVED_V1,
  UNIT_MOVED_V1,
  UNITS_MERGED_V1,
  UnitDissolvedV1,
  UnitMovedV1,
  UnitsMergedV1,
} from './unit-changes.v1';
import { UNIT_ESTABLISHED_V1, UnitEstablishedV1 } from './unit-established.v1';
import {
  UNIT_INSPECTED_V1,
  UNIT_RATED_V1,
  UNIT_RATING_CORRECTED_V1,
  UnitInspectedV1,
  UnitRatedV1,
  UnitRatingCorrectedV1,
  WOMEN_POPULATION_RECORDED_V1,
  WomenPopulationRecordedV1,
} from './unit-records.v1';
import { UNIT_RENAMED_V1, UnitRenamedV1 } from './unit-renamed.v1';

export * from './member-organisations.v1';
export * from './unit-changes.v1';
export * from './unit-established.v1';
export * from './unit-records.v1';
export * from './unit-renamed.v1';

/** The public events of the organisation context, by type; all on `vwu.organisation.events`. */
export const ORGANISATION_EVENTS = {
  [UNIT_ESTABLISHED_V1]: UnitEstablishedV1,
  [UNIT_RENAMED_V1]: UnitRenamedV1,
  [UNIT_MOVED_V1]: UnitMovedV1,
  [UNITS_MERGED_V1]: UnitsMergedV1,
  [UNIT_DISSOLVED_V1]: UnitDissolvedV1,
  [WOMEN_POPULATION_RECORDED_V1]: WomenPopulationRecordedV1,
  [UNIT_RATED_V1]: UnitRatedV1,
  [UNIT_RATING_CORRECTED_V1]: UnitRatingCorrectedV1,
  [UNIT_INSPECTED_V1]: UnitInspectedV1,
  [MEMBER_ORGANISATION_JOINED_V1]: MemberOrganisationJoinedV1,
  [MEMBER_ORGANISATION_LEFT_V1]: MemberOrganisationLeftV1,
} as const;
