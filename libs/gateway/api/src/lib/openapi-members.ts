import {
  admitMemberBody,
  endMembershipBody,
  eraseMemberBody,
  memberContactBody,
  partyStepBody,
  readmitMemberBody,
  recordFeeBody,
  specialGroupBody,
  transferMemberBody,
} from '@vwu/internal-api';
import { errors, idempotencyKey, json, problem, ref, schema } from './openapi-parts';

const memberId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};
const body = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});
const command = (summary: string, operationId: string, bodyName: string) => ({
  post: {
    summary,
    operationId,
    parameters: [memberId, idempotencyKey],
    requestBody: body(bodyName),
    responses: { '200': { description: 'Done', content: json('UnitCommandResult') }, ...errors },
  },
});

export const memberPaths = {
  '/api/v1/members/search': {
    post: {
      summary: 'Tra cứu hội viên — Find members by name under a unit, within the caller’s scope',
      description:
        'Each word is the start of a word of her name, accents optional ("nguyen lan", "Lan"). The directory keeps keyed tokens of her name, never the name, and drops her entry once she is erased. A name is personal data: it goes in the body (never in a URL that access logs keep), and only roles with members:personal-data search by it; the unit must be in the caller’s scope (403).',
      operationId: 'searchMembers',
      requestBody: body('SearchMembers'),
      responses: { '200': { description: 'Members', content: json('MemberHits') }, ...errors },
    },
  },
  '/api/v1/members': {
    post: {
      summary: 'Kết nạp hội viên — Admit a member (18 or over, into an active branch)',
      description:
        'Her personal fields are sealed under a data key of her own and never published; her national ID number (CCCD) must not belong to another active member (409 membership.national-id-taken). Needs members:write and members:personal-data in the branch’s scope.',
      operationId: 'admitMember',
      parameters: [idempotencyKey],
      requestBody: body('AdmitMember'),
      responses: {
        '201': { description: 'Admitted', content: json('UnitCommandResult') },
        ...errors,
      },
    },
  },
  '/api/v1/members/{id}': {
    get: {
      summary: 'Xem hội viên — A member; personal fields in full or masked by role',
      description:
        'Roles with members:personal-data see her personal fields; other readers see them masked (initials, birth year, last digits); after an erasure they are null.',
      operationId: 'getMember',
      parameters: [memberId],
      responses: { '200': { description: 'The member', content: json('Member') }, ...errors },
    },
  },
  '/api/v1/members/{id}/transfer': command(
    'Chuyển sinh hoạt — Transfer to another branch (the sending side’s scope)',
    'transferMember',
    'TransferMember',
  ),
  '/api/v1/members/{id}/fees': command(
    'Hội phí — Record the annual fee (paid or waived), once per year',
    'recordFee',
    'RecordFee',
  ),
  '/api/v1/members/{id}/special-groups': command(
    'Nhóm đặc thù — Tag a special group (elderly, young, migrant, …)',
    'tagSpecialGroup',
    'SpecialGroup',
  ),
  '/api/v1/members/{id}/special-groups/{group}': {
    delete: {
      summary: 'Bỏ nhóm đặc thù — Untag a special group',
      operationId: 'untagSpecialGroup',
      parameters: [
        memberId,
        { name: 'group', in: 'path', required: true, schema: { type: 'string' } },
      ],
      responses: { '200': { description: 'Done', content: json('UnitCommandResult') }, ...errors },
    },
  },
  '/api/v1/members/{id}/party': command(
    'Giới thiệu đảng viên, kết nạp Đảng — Record a Party step',
    'recordPartyStep',
    'PartyStep',
  ),
  '/api/v1/members/{id}/readmit': command(
    'Kết nạp lại — Re-admit a member who left or was removed',
    'readmitMember',
    'ReadmitMember',
  ),
  '/api/v1/members/{id}/contact': {
    patch: {
      summary: 'Cập nhật liên lạc — New phone or address (sealed; members:personal-data)',
      operationId: 'updateMemberContact',
      parameters: [memberId, idempotencyKey],
      requestBody: body('MemberContact'),
      responses: { '200': { description: 'Done', content: json('UnitCommandResult') }, ...errors },
    },
  },
  '/api/v1/members/{id}/leave': command(
    'Ra khỏi Hội — Leave, death or removal (frees her national ID number)',
    'endMembership',
    'EndMembership',
  ),
  '/api/v1/members/{id}/erase': erasure(),
};

/** Erasure waits for the end of her membership (ADR 0005). */
function erasure() {
  const { post } = command(
    'Xoá dữ liệu cá nhân — Erase her personal data on request (crypto-shredding)',
    'eraseMember',
    'EraseMember',
  );
  return {
    post: {
      ...post,
      description:
        'Only once her membership has ended (left, deceased or removed): an active member is refused with 409 membership.member-active, and nothing is shredded. Her counts stay; a repeated request changes nothing.',
      responses: {
        ...post.responses,
        '409': problem(
          'Hội viên đang sinh hoạt — membership.member-active: end her membership first (POST …/leave)',
        ),
      },
    },
  };
}

/** A member as GET /api/v1/members/{id} answers (membership-service's MemberDto). */
const member = {
  type: 'object',
  required: [
    'id',
    'status',
    'branchId',
    'ancestorIds',
    'groupId',
    'birthYear',
    'specialGroups',
    'admittedOn',
    'fees',
    'erased',
    'version',
    'personal',
  ],
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['active', 'left', 'deceased', 'removed'] },
    branchId: { type: 'string', format: 'uuid' },
    ancestorIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
    groupId: { type: ['string', 'null'], format: 'uuid' },
    birthYear: { type: 'integer' },
    specialGroups: { type: 'array', items: { type: 'string' } },
    admittedOn: { type: 'string', format: 'date' },
    fees: {
      type: 'object',
      description: 'Each year (YYYY) and its fee.',
      additionalProperties: { type: 'string', enum: ['paid', 'waived'] },
    },
    erased: { type: 'boolean' },
    version: { type: 'integer', minimum: 1 },
    personal: {
      type: ['object', 'null'],
      description:
        'Her personal fields: in full for roles with members:personal-data, masked for other readers, null once erased.',
    },
  },
  additionalProperties: false,
};

export const memberSchemas = {
  Member: member,
  AdmitMember: schema(admitMemberBody, 'input'),
  TransferMember: schema(transferMemberBody, 'input'),
  RecordFee: schema(recordFeeBody, 'input'),
  EndMembership: schema(endMembershipBody, 'input'),
  EraseMember: schema(eraseMemberBody, 'input'),
  SpecialGroup: schema(specialGroupBody, 'input'),
  PartyStep: schema(partyStepBody, 'input'),
  ReadmitMember: schema(readmitMemberBody, 'input'),
  MemberContact: schema(memberContactBody, 'input'),
};
