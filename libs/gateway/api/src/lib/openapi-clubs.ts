import {
  clubCommandResult,
  clubList,
  clubView,
  dissolveClubBody,
  foundClubBody,
  joinClubBody,
  renameClubBody,
} from '@vwu/internal-api';
import { errors, idempotencyKey, json, problem, schema } from './openapi-parts';

// Câu lạc bộ, mô hình (CLB) in the OpenAPI document.

const path = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
  description,
});
const clubId = path('id', 'Câu lạc bộ — the club id.');
const done = { '200': { description: 'Xong — done', content: json('ClubCommandResult') } };
const notFound = problem(
  'Không tìm thấy — unknown club (membership.club-not-found), member (membership.member-not-found) or member not in the club (membership.not-in-club)',
);
const conflict = problem(
  'Xung đột — the club was dissolved (membership.club-dissolved), or the member is not active (membership.member-not-active)',
);
const body = (name: string) => ({ required: true, content: json(name) });

export const clubPaths = {
  '/api/v1/clubs': {
    post: {
      summary: 'Thành lập CLB, mô hình — Found a club or model under a unit',
      description:
        'Dưới cơ sở Hội, đơn vị trực thuộc hoặc chi hội đang hoạt động, trong phạm vi được giao. — Under an active grassroots union, affiliated unit or branch of the user’s scope (422 membership.not-a-club-unit otherwise). Needs members:write.',
      operationId: 'foundClub',
      parameters: [idempotencyKey],
      requestBody: body('FoundClub'),
      responses: {
        '201': { description: 'Đã thành lập — founded', content: json('ClubCommandResult') },
        ...errors,
      },
    },
    get: {
      summary: 'Danh sách CLB của đơn vị — The clubs founded under a unit, in name order',
      description:
        'Đọc từ dữ liệu tổng hợp, có thể chậm vài giây sau lệnh. — From the service’s read model: a moment behind the commands. Each with its member count; no member ids.',
      operationId: 'listClubs',
      parameters: [
        {
          name: 'unitId',
          in: 'query',
          required: true,
          schema: { type: 'string', format: 'uuid' },
          description: 'Đơn vị — the unit (its own clubs, not its subtree’s).',
        },
        {
          name: 'status',
          in: 'query',
          schema: { type: 'string', enum: ['open', 'dissolved'] },
          description: 'Trạng thái — only open, or only dissolved clubs.',
        },
      ],
      responses: {
        '200': { description: 'Các CLB — the clubs', content: json('ClubList') },
        ...errors,
        '404': problem('Không tìm thấy — unknown or closed unit (membership.unit-not-found)'),
      },
    },
  },
  '/api/v1/clubs/{id}': {
    get: {
      summary: 'Xem CLB — A club with its members now (ids only, no personal data)',
      description:
        'Hội viên đã ra khỏi Hội được tự động rút khỏi CLB. — Members whose membership of the union ended are taken out of their clubs automatically (reason membership-ended), so they do not count.',
      operationId: 'getClub',
      parameters: [clubId],
      responses: {
        '200': { description: 'CLB — the club', content: json('Club') },
        ...errors,
        '404': notFound,
      },
    },
    patch: {
      summary: 'Đổi tên CLB — Rename a club',
      operationId: 'renameClub',
      parameters: [clubId, idempotencyKey],
      requestBody: body('RenameClub'),
      responses: { ...done, ...errors, '404': notFound, '409': conflict },
    },
  },
  '/api/v1/clubs/{id}/members': {
    post: {
      summary: 'Tham gia CLB — A member joins a club',
      description:
        'Chỉ hội viên đang sinh hoạt, chỉ CLB chưa giải thể; tham gia lần nữa không thay đổi gì. — Only an active member, only an open club; joining again while she is in changes nothing (same version). The user’s scope must hold the club’s unit and her branch.',
      operationId: 'joinClub',
      parameters: [clubId, idempotencyKey],
      requestBody: body('JoinClub'),
      responses: { ...done, ...errors, '404': notFound, '409': conflict },
    },
  },
  '/api/v1/clubs/{id}/members/{memberId}': {
    delete: {
      summary: 'Rời CLB — A member leaves a club',
      operationId: 'leaveClub',
      parameters: [
        clubId,
        path('memberId', 'Hội viên — the member id.'),
        {
          name: 'leftOn',
          in: 'query',
          schema: { type: 'string', format: 'date' },
          description: 'Ngày rời — the day she leaves (YYYY-MM-DD); today if absent.',
        },
        idempotencyKey,
      ],
      responses: { ...done, ...errors, '404': notFound, '409': conflict },
    },
  },
  '/api/v1/clubs/{id}/dissolve': {
    post: {
      summary: 'Giải thể CLB — Dissolve a club: no joins after',
      operationId: 'dissolveClub',
      parameters: [clubId, idempotencyKey],
      requestBody: body('DissolveClub'),
      responses: { ...done, ...errors, '404': notFound },
    },
  },
};

export const clubSchemas = {
  FoundClub: schema(foundClubBody, 'input'),
  RenameClub: schema(renameClubBody, 'input'),
  JoinClub: schema(joinClubBody, 'input'),
  DissolveClub: schema(dissolveClubBody, 'input'),
  ClubCommandResult: schema(clubCommandResult, 'output'),
  Club: schema(clubView, 'output'),
  ClubList: schema(clubList, 'output'),
};
