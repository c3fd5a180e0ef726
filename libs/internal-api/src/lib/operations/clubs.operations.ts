import {
  clubCommandResult,
  clubIdParam,
  clubList,
  CLUBS_RPC,
  clubView,
  dissolveClubBody,
  foundClubBody,
  joinClubBody,
  leaveClubBody,
  listClubsQuery,
  renameClubBody,
} from '../clubs';
import { memberIdParam } from '../membership';
import { operation } from './operation';

// Câu lạc bộ, mô hình (CLB): /api/v1/clubs. membership-service decides scope on the club's unit
// (and on her branch for a join). Clubs carry member ids only: reading one needs no
// personal-data permission.

const club = {
  service: 'membership',
  scope: { by: 'service' },
  permissions: ['members:write'],
  params: { id: clubIdParam.describe('Câu lạc bộ — the club id.') },
} as const;
const done = {
  status: 200,
  description: 'Xong — done',
  name: 'ClubCommandResult',
  schema: clubCommandResult,
} as const;
const notFound =
  'Không tìm thấy — unknown club (membership.club-not-found), member (membership.member-not-found) or member not in the club (membership.not-in-club)';
const conflict =
  'Xung đột — the club was dissolved (membership.club-dissolved), or the member is not active (membership.member-not-active)';

export const foundClub = operation({
  ...club,
  operationId: 'foundClub',
  pattern: CLUBS_RPC.found,
  method: 'post',
  path: '/api/v1/clubs',
  params: {},
  body: { name: 'FoundClub', schema: foundClubBody },
  response: {
    ...done,
    status: 201,
    description: 'Đã thành lập — founded',
    location: '/api/v1/clubs/{id}',
  },
  summary: 'Thành lập CLB, mô hình — Found a club or model under a unit',
  description:
    'Dưới cơ sở Hội, đơn vị trực thuộc hoặc chi hội đang hoạt động, trong phạm vi được giao. — Under an active grassroots union, affiliated unit or branch of the user’s scope (422 membership.not-a-club-unit otherwise). Needs members:write.',
});

export const listClubs = operation({
  ...club,
  operationId: 'listClubs',
  pattern: CLUBS_RPC.list,
  method: 'get',
  path: '/api/v1/clubs',
  permissions: ['members:read'],
  params: {},
  query: listClubsQuery,
  response: { status: 200, description: 'Các CLB — the clubs', name: 'ClubList', schema: clubList },
  summary: 'Danh sách CLB của đơn vị — The clubs founded under a unit, in name order',
  description:
    'Đọc từ dữ liệu tổng hợp, có thể chậm vài giây sau lệnh. — From the service’s read model: a moment behind the commands. Each with its member count; no member ids.',
  problems: { '404': 'Không tìm thấy — unknown or closed unit (membership.unit-not-found)' },
});

export const getClub = operation({
  ...club,
  operationId: 'getClub',
  pattern: CLUBS_RPC.get,
  method: 'get',
  path: '/api/v1/clubs/{id}',
  permissions: ['members:read'],
  response: { status: 200, description: 'CLB — the club', name: 'Club', schema: clubView },
  summary: 'Xem CLB — A club with its members now (ids only, no personal data)',
  description:
    'Hội viên đã ra khỏi Hội được tự động rút khỏi CLB. — Members whose membership of the union ended are taken out of their clubs automatically (reason membership-ended), so they do not count.',
  problems: { '404': notFound },
});

export const renameClub = operation({
  ...club,
  operationId: 'renameClub',
  pattern: CLUBS_RPC.rename,
  method: 'patch',
  path: '/api/v1/clubs/{id}',
  body: { name: 'RenameClub', schema: renameClubBody },
  response: done,
  summary: 'Đổi tên CLB — Rename a club',
  problems: { '404': notFound, '409': conflict },
});

export const joinClub = operation({
  ...club,
  operationId: 'joinClub',
  pattern: CLUBS_RPC.join,
  method: 'post',
  path: '/api/v1/clubs/{id}/members',
  body: { name: 'JoinClub', schema: joinClubBody },
  response: done,
  summary: 'Tham gia CLB — A member joins a club',
  description:
    'Chỉ hội viên đang sinh hoạt, chỉ CLB chưa giải thể; tham gia lần nữa không thay đổi gì. — Only an active member, only an open club; joining again while she is in changes nothing (same version). The user’s scope must hold the club’s unit and her branch.',
  problems: { '404': notFound, '409': conflict },
});

export const leaveClub = operation({
  ...club,
  operationId: 'leaveClub',
  pattern: CLUBS_RPC.leave,
  method: 'delete',
  path: '/api/v1/clubs/{id}/members/{memberId}',
  params: { ...club.params, memberId: memberIdParam.describe('Hội viên — the member id.') },
  query: leaveClubBody,
  response: done,
  summary: 'Rời CLB — A member leaves a club',
  problems: { '404': notFound, '409': conflict },
});

export const dissolveClub = operation({
  ...club,
  operationId: 'dissolveClub',
  pattern: CLUBS_RPC.dissolve,
  method: 'post',
  path: '/api/v1/clubs/{id}/dissolve',
  body: { name: 'DissolveClub', schema: dissolveClubBody, optional: true },
  response: done,
  summary: 'Giải thể CLB — Dissolve a club: no joins after',
  problems: { '404': notFound },
});

export const clubOperations = [
  foundClub,
  listClubs,
  getClub,
  renameClub,
  joinClub,
  leaveClub,
  dissolveClub,
] as const;
