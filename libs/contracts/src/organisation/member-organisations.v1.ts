import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { calendarDate, unitId, unitName } from './unit-fields';

export const MEMBER_ORGANISATION_JOINED_V1 = eventType(
  'organisation',
  'MemberOrganisationJoined',
  1,
);
export const MEMBER_ORGANISATION_LEFT_V1 = eventType('organisation', 'MemberOrganisationLeft', 1);

export const MemberOrganisationJoinedV1 = z
  .object({
    organisationId: z.uuid().describe('The member organisation; also ce_subject.'),
    name: unitName.describe(
      "The organisation's official name in Vietnamese, e.g. 'Hội Nữ trí thức Hà Nội'; trimmed, 1 to 200 characters.",
    ),
    unionId: unitId.describe('The province or city union it joined (the root unit).'),
    joinedOn: calendarDate.describe('The day it joined.'),
  })
  .describe(
    'Tổ chức thành viên: an association joined the province or city union as a member organisation (again, after leaving).',
  );

export const MemberOrganisationLeftV1 = z
  .object({
    organisationId: z.uuid().describe('The member organisation; also ce_subject.'),
    leftOn: calendarDate.describe('The day it left.'),
    reason: z.string().max(500).describe('Why, as recorded; may be empty.'),
  })
  .describe('A member organisation left the province or city union.');

export type MemberOrganisationJoinedV1Data = z.output<typeof MemberOrganisationJoinedV1>;
export type MemberOrganisationLeftV1Data = z.output<typeof MemberOrganisationLeftV1>;
