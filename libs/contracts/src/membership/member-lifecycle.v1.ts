import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { ancestorIds, calendarDate, memberId, specialGroup, unitId } from './member-fields';

export const MEMBER_ADMITTED_V1 = eventType('membership', 'MemberAdmitted', 1);
export const MEMBER_TRANSFERRED_V1 = eventType('membership', 'MemberTransferred', 1);
export const MEMBERSHIP_ENDED_V1 = eventType('membership', 'MembershipEnded', 1);
export const MEMBER_READMITTED_V1 = eventType('membership', 'MemberReadmitted', 1);
export const MEMBER_ERASED_V1 = eventType('membership', 'MemberErased', 1);

const PERSONAL =
  'No personal data: names, dates of birth, national ID numbers, phones and addresses never appear on the topic, sealed or not.';

/** Kết nạp: a woman joined a branch. */
export const MemberAdmittedV1 = z
  .object({
    memberId: memberId.describe('The new member; also ce_subject.'),
    branchId: unitId.describe('The branch (chi hội) she joined.'),
    ancestorIds,
    groupId: unitId.nullable().describe('Her women’s group (tổ phụ nữ), if any.'),
    birthYear: z.number().int().min(1900).max(2200).describe('For age bands; never the date.'),
    specialGroups: z.array(specialGroup).describe('Her special groups at admission.'),
    admittedOn: calendarDate.describe('The day of admission.'),
  })
  .describe(
    `A woman aged 18 or over joined a branch (kết nạp hội viên). Subject: the member id. ${PERSONAL}`,
  );

/**
 * The `actorid` of the transfers that follow a branch's merger or dissolution (membership's
 * process manager): a restructuring, not a member moving, so not a transfer in or out.
 */
export const BRANCH_CLOSURE_ACTOR = 'system:units-merged';

/** Chuyển sinh hoạt: from one branch to another, perhaps in another district. */
export const MemberTransferredV1 = z
  .object({
    memberId: memberId.describe('The member; also ce_subject.'),
    fromBranchId: unitId.describe('The branch she leaves.'),
    fromAncestorIds: ancestorIds.describe('Where she counted until the day before.'),
    toBranchId: unitId.describe('The branch she joins.'),
    ancestorIds: ancestorIds.describe('Where she counts from transferredOn.'),
    groupId: unitId.nullable().describe('Her women’s group in the new branch, if any.'),
    transferredOn: calendarDate.describe('The first day in the new branch.'),
  })
  .describe(
    `A member moved to another branch (chuyển sinh hoạt): a transfer out of one subtree and into another; with actorid system:units-merged she followed her merged or dissolved branch (a restructuring, not a transfer). Subject: the member id. ${PERSONAL}`,
  );

/** The end of a membership: left, deceased or removed. */
export const MembershipEndedV1 = z
  .object({
    memberId: memberId.describe('The member; also ce_subject.'),
    end: z
      .enum(['left', 'deceased', 'removed'])
      .describe('left (ra khỏi Hội), deceased (từ trần), removed (xoá tên, khai trừ).'),
    reason: z
      .string()
      .describe(
        'moved-away, personal, age-or-health, deceased, charter-breach, other (more may come).',
      ),
    branchId: unitId.describe('The branch she left.'),
    on: calendarDate.describe('The first day she is no longer a member.'),
  })
  .describe(`A membership ended. Subject: the member id. ${PERSONAL}`);

export const MemberReadmittedV1 = z
  .object({
    memberId: memberId.describe('The member; also ce_subject.'),
    branchId: unitId.describe('The branch she joins again.'),
    ancestorIds,
    groupId: unitId.nullable().describe('Her women’s group, if any.'),
    readmittedOn: calendarDate.describe('The day of re-admission.'),
  })
  .describe(
    `A member who had left or been removed joined again (kết nạp lại). Subject: the member id. ${PERSONAL}`,
  );

export const MemberErasedV1 = z
  .object({
    memberId: memberId.describe('The member; also ce_subject.'),
    erasedOn: calendarDate.describe('The day the erasure was carried out.'),
  })
  .describe(
    'Her personal data was erased on request (Decree 13/2023): consumers that keep anything about her beyond these events delete it. Her counts stay. Subject: the member id.',
  );

export type MemberAdmittedV1Data = z.output<typeof MemberAdmittedV1>;
export type MemberTransferredV1Data = z.output<typeof MemberTransferredV1>;
export type MembershipEndedV1Data = z.output<typeof MembershipEndedV1>;
export type MemberReadmittedV1Data = z.output<typeof MemberReadmittedV1>;
export type MemberErasedV1Data = z.output<typeof MemberErasedV1>;
