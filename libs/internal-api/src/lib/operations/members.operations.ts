import { memberHits, MEMBER_DIRECTORY_RPC, searchMembersBody } from '../member-directory';
import {
  admitMemberBody,
  endMembershipBody,
  eraseMemberBody,
  memberContactBody,
  memberIdParam,
  MEMBERSHIP_RPC,
  memberView,
  partyStepBody,
  readmitMemberBody,
  recordFeeBody,
  specialGroup,
  specialGroupBody,
  transferMemberBody,
} from '../membership';
import { unitCommandResult } from '../organisation';
import { operation } from './operation';

// Hội viên: /api/v1/members. membership-service decides scope on her branch (and, for a
// transfer, the sending side's) and seals her personal fields under a data key of her own.

const member = {
  service: 'membership',
  scope: { by: 'service' },
  permissions: ['members:write'],
  params: { id: memberIdParam },
} as const;
const personal = { ...member, permissions: ['members:write', 'members:personal-data'] } as const;
const done = {
  status: 200,
  description: 'Done',
  name: 'UnitCommandResult',
  schema: unitCommandResult,
} as const;
const on = (path: string) => `/api/v1/members/{id}/${path}`;

export const searchMembers = operation({
  ...member,
  operationId: 'searchMembers',
  pattern: MEMBER_DIRECTORY_RPC.search,
  method: 'post',
  path: '/api/v1/members/search',
  permissions: ['members:read', 'members:personal-data'],
  params: {},
  body: { name: 'SearchMembers', schema: searchMembersBody },
  response: { status: 200, description: 'Members', name: 'MemberHits', schema: memberHits },
  summary: 'Tra cứu hội viên — Find members by name under a unit, within the caller’s scope',
  description:
    'Each word is the start of a word of her name, accents optional ("nguyen lan", "Lan"). The directory keeps keyed tokens of her name, never the name, and drops her entry once she is erased. A name is personal data: it goes in the body (never in a URL that access logs keep), and only roles with members:personal-data search by it; the unit must be in the caller’s scope (403).',
});

export const admitMember = operation({
  ...personal,
  operationId: 'admitMember',
  pattern: MEMBERSHIP_RPC.admit,
  method: 'post',
  path: '/api/v1/members',
  params: {},
  body: { name: 'AdmitMember', schema: admitMemberBody },
  response: { ...done, status: 201, description: 'Admitted' },
  summary: 'Kết nạp hội viên — Admit a member (18 or over, into an active branch)',
  description:
    'Her personal fields are sealed under a data key of her own and never published; her national ID number (CCCD) must not belong to another active member (409 membership.national-id-taken). Needs members:write and members:personal-data in the branch’s scope.',
});

export const getMember = operation({
  ...member,
  operationId: 'getMember',
  pattern: MEMBERSHIP_RPC.get,
  method: 'get',
  path: '/api/v1/members/{id}',
  permissions: ['members:read'],
  response: { status: 200, description: 'The member', name: 'Member', schema: memberView },
  summary: 'Xem hội viên — A member; personal fields in full or masked by role',
  description:
    'Roles with members:personal-data see her personal fields; other readers see them masked (initials, birth year, last digits); after an erasure they are null.',
});

export const transferMember = operation({
  ...member,
  operationId: 'transferMember',
  pattern: MEMBERSHIP_RPC.transfer,
  method: 'post',
  path: on('transfer'),
  body: { name: 'TransferMember', schema: transferMemberBody },
  response: done,
  summary: 'Chuyển sinh hoạt — Transfer to another branch (the sending side’s scope)',
});

export const recordFee = operation({
  ...member,
  operationId: 'recordFee',
  pattern: MEMBERSHIP_RPC.fee,
  method: 'post',
  path: on('fees'),
  body: { name: 'RecordFee', schema: recordFeeBody },
  response: done,
  summary: 'Hội phí — Record the annual fee (paid or waived), once per year',
});

export const tagSpecialGroup = operation({
  ...member,
  operationId: 'tagSpecialGroup',
  pattern: MEMBERSHIP_RPC.tag,
  method: 'post',
  path: on('special-groups'),
  body: { name: 'SpecialGroup', schema: specialGroupBody },
  response: done,
  summary: 'Nhóm đặc thù — Tag a special group (elderly, young, migrant, …)',
});

export const untagSpecialGroup = operation({
  ...member,
  operationId: 'untagSpecialGroup',
  pattern: MEMBERSHIP_RPC.untag,
  method: 'delete',
  path: on('special-groups/{group}'),
  params: { ...member.params, group: specialGroup },
  response: done,
  summary: 'Bỏ nhóm đặc thù — Untag a special group',
});

export const recordPartyStep = operation({
  ...member,
  operationId: 'recordPartyStep',
  pattern: MEMBERSHIP_RPC.party,
  method: 'post',
  path: on('party'),
  body: { name: 'PartyStep', schema: partyStepBody },
  response: done,
  summary: 'Giới thiệu đảng viên, kết nạp Đảng — Record a Party step',
});

export const readmitMember = operation({
  ...member,
  operationId: 'readmitMember',
  pattern: MEMBERSHIP_RPC.readmit,
  method: 'post',
  path: on('readmit'),
  body: { name: 'ReadmitMember', schema: readmitMemberBody },
  response: done,
  summary: 'Kết nạp lại — Re-admit a member who left or was removed',
});

export const updateMemberContact = operation({
  ...personal,
  operationId: 'updateMemberContact',
  pattern: MEMBERSHIP_RPC.contact,
  method: 'patch',
  path: on('contact'),
  body: { name: 'MemberContact', schema: memberContactBody },
  response: done,
  summary: 'Cập nhật liên lạc — New phone or address (sealed; members:personal-data)',
});

export const endMembership = operation({
  ...member,
  operationId: 'endMembership',
  pattern: MEMBERSHIP_RPC.end,
  method: 'post',
  path: on('leave'),
  body: { name: 'EndMembership', schema: endMembershipBody },
  response: done,
  summary: 'Ra khỏi Hội — Leave, death or removal (frees her national ID number)',
});

/** Erasure waits for the end of her membership (ADR 0005). */
export const eraseMember = operation({
  ...personal,
  operationId: 'eraseMember',
  pattern: MEMBERSHIP_RPC.erase,
  method: 'post',
  path: on('erase'),
  body: { name: 'EraseMember', schema: eraseMemberBody, optional: true },
  response: done,
  summary: 'Xoá dữ liệu cá nhân — Erase her personal data on request (crypto-shredding)',
  description:
    'Only once her membership has ended (left, deceased or removed): an active member is refused with 409 membership.member-active, and nothing is shredded. Her counts stay; a repeated request changes nothing.',
  problems: {
    '409':
      'Hội viên đang sinh hoạt — membership.member-active: end her membership first (POST …/leave)',
  },
});

export const memberOperations = [
  searchMembers,
  admitMember,
  getMember,
  transferMember,
  recordFee,
  tagSpecialGroup,
  untagSpecialGroup,
  recordPartyStep,
  readmitMember,
  updateMemberContact,
  endMembership,
  eraseMember,
] as const;
