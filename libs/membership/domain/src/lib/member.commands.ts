import type { CalendarDate } from '@vwu/platform-decider';
import type { LeaveReason, SpecialGroup } from './member.values';

/**
 * What the application knows of a branch (chi hội) from the organisation context's public
 * events: a decider sees the member's stream only.
 */
export interface BranchFacts {
  readonly unitId: string;
  readonly kind: string;
  /** Root first, down to the branch's parent: where the member counts in every KPI. */
  readonly ancestorIds: readonly string[];
  readonly active: boolean;
}

/**
 * A women's group (tổ phụ nữ) as the application knows it now, from the same events: the last
 * of its ancestors is the branch it belongs to. Groups move and merge too, so every command that
 * places a member in one reads it afresh.
 */
export type GroupFacts = BranchFacts;

/**
 * The member's personal fields (full name, date of birth, national ID, phone, address, …)
 * sealed by the application under her own data key (AES-256-GCM): opaque to the domain, and
 * unreadable for ever once the key is erased.
 */
export type SealedPersonalData = string;

/**
 * Kết nạp hội viên: a woman aged 18 or over on the day joins an active branch. The national ID
 * number's uniqueness across members is a reservation of the application, not a rule here.
 */
export interface AdmitMember {
  readonly type: 'AdmitMember';
  readonly memberId: string;
  readonly branch: BranchFacts;
  /** Her women's group, if any: one of the branch's. */
  readonly group: GroupFacts | null;
  /** Read for the age rule only; the event keeps the year (the KPIs' age bands). */
  readonly birthDate: CalendarDate;
  readonly admittedOn: CalendarDate;
  readonly specialGroups: readonly SpecialGroup[];
  readonly personal: SealedPersonalData;
  readonly today: CalendarDate;
}

export interface UpdateMemberContact {
  readonly type: 'UpdateMemberContact';
  readonly memberId: string;
  readonly personal: SealedPersonalData;
}

/** Into a women's group (tổ phụ nữ) of her branch, or out of any (null). */
export interface AssignMemberToGroup {
  readonly type: 'AssignMemberToGroup';
  readonly memberId: string;
  readonly group: GroupFacts | null;
}

export interface TagSpecialGroup {
  readonly type: 'TagSpecialGroup';
  readonly memberId: string;
  readonly group: SpecialGroup;
}

export interface UntagSpecialGroup {
  readonly type: 'UntagSpecialGroup';
  readonly memberId: string;
  readonly group: SpecialGroup;
}

/** Hội phí for a year: paid (an amount in đồng) or waived with a reason; once per year. */
export interface RecordFee {
  readonly type: 'RecordFee';
  readonly memberId: string;
  readonly year: number;
  readonly outcome:
    | { readonly paid: true; readonly amount: number; readonly paidOn: CalendarDate }
    | { readonly paid: false; readonly reason: string };
  readonly today: CalendarDate;
}

/** Chuyển sinh hoạt: to another branch, also in another district or grassroots union. */
export interface TransferMember {
  readonly type: 'TransferMember';
  readonly memberId: string;
  readonly to: BranchFacts;
  /** A group of the receiving branch, or none: her old group stays behind. */
  readonly group: GroupFacts | null;
  readonly transferredOn: CalendarDate;
}

/** The end of a membership: left (with a reason), deceased, or removed (xoá tên, khai trừ). */
export interface EndMembership {
  readonly type: 'EndMembership';
  readonly memberId: string;
  readonly end: 'left' | 'deceased' | 'removed';
  readonly reason: LeaveReason;
  readonly on: CalendarDate;
}

/** Kết nạp lại: a member who left or was removed joins again, in any active branch. */
export interface ReadmitMember {
  readonly type: 'ReadmitMember';
  readonly memberId: string;
  readonly branch: BranchFacts;
  readonly group: GroupFacts | null;
  readonly readmittedOn: CalendarDate;
}

/** Giới thiệu đảng viên; then kết nạp Đảng, never before the introduction. */
export interface RecordPartyStep {
  readonly type: 'RecordPartyStep';
  readonly memberId: string;
  readonly step: 'introduced' | 'admitted';
  readonly on: CalendarDate;
}

/** Hội viên tiêu biểu: recognised for a year, with the title (e.g. "Phụ nữ tiêu biểu"). */
export interface RecogniseExemplary {
  readonly type: 'RecogniseExemplary';
  readonly memberId: string;
  readonly year: number;
  readonly title: string;
}

/**
 * An erasure request (Decree 13/2023), once her membership has ended: the application shreds
 * her data key, then records this.
 */
export interface EraseMember {
  readonly type: 'EraseMember';
  readonly memberId: string;
  readonly erasedOn: CalendarDate;
}

export type MemberCommand =
  | AdmitMember
  | UpdateMemberContact
  | AssignMemberToGroup
  | TagSpecialGroup
  | UntagSpecialGroup
  | RecordFee
  | TransferMember
  | EndMembership
  | ReadmitMember
  | RecordPartyStep
  | RecogniseExemplary
  | EraseMember;
