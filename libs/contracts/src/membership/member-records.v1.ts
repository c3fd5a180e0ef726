import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { calendarDate, memberId, specialGroup, unitId } from './member-fields';

export const MEMBER_ASSIGNED_TO_GROUP_V1 = eventType('membership', 'MemberAssignedToGroup', 1);
export const SPECIAL_GROUP_TAGGED_V1 = eventType('membership', 'SpecialGroupTagged', 1);
export const SPECIAL_GROUP_UNTAGGED_V1 = eventType('membership', 'SpecialGroupUntagged', 1);
export const FEE_PAID_V1 = eventType('membership', 'FeePaid', 1);
export const FEE_WAIVED_V1 = eventType('membership', 'FeeWaived', 1);
export const PARTY_STEP_RECORDED_V1 = eventType('membership', 'PartyStepRecorded', 1);
export const MEMBER_RECOGNISED_EXEMPLARY_V1 = eventType(
  'membership',
  'MemberRecognisedExemplary',
  1,
);

const subject = memberId.describe('The member; also ce_subject.');

export const MemberAssignedToGroupV1 = z
  .object({
    memberId: subject,
    groupId: unitId.nullable().describe('The group she belongs to from now, or null for none.'),
    previousGroupId: unitId.nullable().describe('The group she belonged to until now, or null.'),
  })
  .describe('A member joined a women’s group (tổ phụ nữ) of her branch, or left one (null).');

export const SpecialGroupTaggedV1 = z
  .object({ memberId: subject, group: specialGroup.describe('The special group she joins.') })
  .describe('A member belongs to a special group from now (nhóm đặc thù).');

export const SpecialGroupUntaggedV1 = z
  .object({ memberId: subject, group: specialGroup.describe('The special group she leaves.') })
  .describe('A member no longer belongs to a special group.');

export const FeePaidV1 = z
  .object({
    memberId: subject,
    year: z.number().int().describe('The fee year.'),
    amount: z.number().int().min(0).describe('The amount paid, in Vietnamese dong (VND).'),
    paidOn: calendarDate.describe('The day it was paid.'),
  })
  .describe('The annual fee (hội phí) was paid; once per member and year.');

export const FeeWaivedV1 = z
  .object({ memberId: subject, year: z.number().int().describe('The fee year waived.') })
  .describe(
    'The annual fee was waived for a year (miễn hội phí). The reason is kept by the service only: it may speak of her health or circumstances.',
  );

export const PartyStepRecordedV1 = z
  .object({
    memberId: subject,
    step: z
      .enum(['introduced', 'admitted'])
      .describe('introduced (giới thiệu đảng viên), admitted (kết nạp Đảng).'),
    on: calendarDate.describe('The day of the step.'),
  })
  .describe('A member was introduced to the Party, or admitted to it after her introduction.');

export const MemberRecognisedExemplaryV1 = z
  .object({
    memberId: subject,
    year: z.number().int().describe('The year she is recognised for.'),
    title: z.string().min(1).max(200).describe('The title, e.g. Hội viên tiêu biểu.'),
  })
  .describe('A member was recognised as exemplary for a year (hội viên tiêu biểu).');

export type MemberAssignedToGroupV1Data = z.output<typeof MemberAssignedToGroupV1>;
export type SpecialGroupTaggedV1Data = z.output<typeof SpecialGroupTaggedV1>;
export type SpecialGroupUntaggedV1Data = z.output<typeof SpecialGroupUntaggedV1>;
export type FeePaidV1Data = z.output<typeof FeePaidV1>;
export type FeeWaivedV1Data = z.output<typeof FeeWaivedV1>;
export type PartyStepRecordedV1Data = z.output<typeof PartyStepRecordedV1>;
export type MemberRecognisedExemplaryV1Data = z.output<typeof MemberRecognisedExemplaryV1>;
