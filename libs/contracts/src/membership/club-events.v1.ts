import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { ancestorIds, calendarDate, memberId, unitId } from './member-fields';

export const CLUB_FOUNDED_V1 = eventType('membership', 'ClubFounded', 1);
export const CLUB_RENAMED_V1 = eventType('membership', 'ClubRenamed', 1);
export const CLUB_MEMBER_JOINED_V1 = eventType('membership', 'ClubMemberJoined', 1);
export const CLUB_MEMBER_LEFT_V1 = eventType('membership', 'ClubMemberLeft', 1);
export const CLUB_DISSOLVED_V1 = eventType('membership', 'ClubDissolved', 1);

const clubId = z.uuid().describe('The club; ce_subject is club-<clubId>.');
const clubName = z
  .string()
  .min(1)
  .max(200)
  .describe("The club's name in Vietnamese, e.g. 'CLB Gia đình trẻ phường Kim Mã'.");
const SUBJECT = 'Subject: club-<clubId>. Member ids only: no personal data.';

/** Thành lập CLB, mô hình. */
export const ClubFoundedV1 = z
  .object({
    clubId,
    unitId: unitId.describe(
      'The unit it belongs to: a grassroots union, affiliated unit or branch.',
    ),
    ancestorIds: ancestorIds.describe("The unit's ancestors, root first, at the founding."),
    name: clubName,
    clubType: z
      .string()
      .regex(/^[a-z][a-z-]{1,40}$/)
      .describe(
        'domestic-workers, elderly-health, ethnic-minority, young-families, entrepreneurs, migrant-women, domestic-violence-prevention, savings-credit, single-mothers, culture-sports (more may come).',
      ),
    foundedOn: calendarDate.describe('The day it was founded.'),
  })
  .describe(`A club or model (câu lạc bộ, mô hình) was founded under a unit. ${SUBJECT}`);

export const ClubRenamedV1 = z
  .object({ clubId, name: clubName.describe('Its new name.') })
  .describe(`A club was renamed. ${SUBJECT}`);

export const ClubMemberJoinedV1 = z
  .object({
    clubId,
    memberId: memberId.describe('The member who joined: an active member of the union.'),
    joinedOn: calendarDate.describe('The day she joined.'),
  })
  .describe(`A member joined a club (tham gia CLB); she is in it once at a time. ${SUBJECT}`);

export const ClubMemberLeftV1 = z
  .object({
    clubId,
    memberId: memberId.describe('The member who left.'),
    leftOn: calendarDate.describe('The first day she is no longer in the club.'),
    reason: z
      .string()
      .describe(
        'left-club (her own departure), membership-ended (she left the union, died or was removed) (more may come).',
      ),
  })
  .describe(`A member left a club, on her own or because her membership ended. ${SUBJECT}`);

export const ClubDissolvedV1 = z
  .object({
    clubId,
    dissolvedOn: calendarDate.describe('Its last day: nobody joins or leaves after.'),
    memberCount: z.number().int().min(0).describe('How many members it had on its last day.'),
  })
  .describe(`A club was dissolved (giải thể). ${SUBJECT}`);

export type ClubFoundedV1Data = z.output<typeof ClubFoundedV1>;
export type ClubMemberJoinedV1Data = z.output<typeof ClubMemberJoinedV1>;
export type ClubMemberLeftV1Data = z.output<typeof ClubMemberLeftV1>;
export type ClubRenamedV1Data = z.output<typeof ClubRenamedV1>;
export type ClubDissolvedV1Data = z.output<typeof ClubDissolvedV1>;
