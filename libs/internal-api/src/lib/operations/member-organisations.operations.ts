import {
  memberOrganisationPage,
  memberOrganisationsQuery,
  memberOrganisationView,
  type MemberOrganisationViewDto,
} from '../member-organisations';
import {
  joinMemberOrganisationBody,
  leaveMemberOrganisationBody,
  ORGANISATION_RPC,
  unitCommandResult,
  unitIdParam,
} from '../organisation';
import { PROJECTIONS_RPC, readQuery } from '../projections';
import { operation } from './operation';

// Tổ chức thành viên: /api/v1/member-organisations, associations that are members of the city
// union. They belong to the province or city union (the root): only a user scoped to it sees them.

const result = { name: 'UnitCommandResult', schema: unitCommandResult } as const;
const write = {
  service: 'organisation',
  method: 'post',
  permissions: ['units:write'],
  scope: { by: 'service' },
} as const;
const read = { service: 'projections', method: 'get', permissions: ['units:read'] } as const;
const outOfScope =
  'Không có quyền — the role lacks units:read, or the user is not scoped to the province or city union';

export const joinMemberOrganisation = operation({
  ...write,
  operationId: 'joinMemberOrganisation',
  pattern: ORGANISATION_RPC.joinMemberOrganisation,
  path: '/api/v1/member-organisations',
  params: {},
  body: { name: 'JoinMemberOrganisation', schema: joinMemberOrganisationBody },
  response: {
    ...result,
    status: 201,
    description: 'Joined',
    location: '/api/v1/member-organisations/{id}',
  },
  summary: 'Tổ chức thành viên gia nhập — A member organisation joins the city union',
  problems: { '409': 'Xung đột — a member organisation has this name' },
});

export const listMemberOrganisations = operation({
  ...read,
  operationId: 'listMemberOrganisations',
  pattern: PROJECTIONS_RPC.listMemberOrganisations,
  path: '/api/v1/member-organisations',
  scope: { by: 'root' },
  params: {},
  query: memberOrganisationsQuery,
  response: {
    status: 200,
    description: 'Một trang — a page',
    name: 'MemberOrganisationPage',
    schema: memberOrganisationPage,
  },
  summary:
    'Danh sách tổ chức thành viên — The member organisations of the city union, in name order',
  description:
    'Các tổ chức thành viên của Hội LHPN tỉnh/thành phố mà người dùng được giao; `asOf` cho biết tổ chức nào là thành viên vào ngày đó. — The member organisations of the union the user is scoped to; with `asOf`, those that were members on that date (joined on or before it and not left by it).',
  problems: { '403': outOfScope },
});

export const getMemberOrganisation = operation({
  ...read,
  operationId: 'getMemberOrganisation',
  pattern: PROJECTIONS_RPC.getMemberOrganisation,
  path: '/api/v1/member-organisations/{id}',
  scope: { by: 'result', units: (o: MemberOrganisationViewDto) => [o.unionId] },
  params: { id: unitIdParam },
  query: readQuery,
  readYourWrites: {
    versionOf: PROJECTIONS_RPC.memberOrganisationVersion,
    notFound: 'unknown member organisation',
  },
  response: {
    status: 200,
    description: 'Tổ chức thành viên — the organisation',
    name: 'MemberOrganisation',
    schema: memberOrganisationView,
  },
  summary: 'Xem tổ chức thành viên — Read a member organisation',
  description:
    'Trạng thái, ngày gia nhập, ngày rời và lý do, mọi thời kỳ là thành viên. — Its status, joining and leaving dates, reason, and every membership period.',
  problems: { '403': outOfScope },
});

export const leaveMemberOrganisation = operation({
  ...write,
  operationId: 'leaveMemberOrganisation',
  pattern: ORGANISATION_RPC.leaveMemberOrganisation,
  path: '/api/v1/member-organisations/{id}/leave',
  params: { id: unitIdParam },
  body: { name: 'LeaveMemberOrganisation', schema: leaveMemberOrganisationBody },
  response: { ...result, status: 200, description: 'Recorded' },
  summary: 'Tổ chức thành viên rời — A member organisation leaves',
  problems: { '409': 'Xung đột — the data changed meanwhile' },
});

export const memberOrganisationOperations = [
  joinMemberOrganisation,
  listMemberOrganisations,
  getMemberOrganisation,
  leaveMemberOrganisation,
] as const;
