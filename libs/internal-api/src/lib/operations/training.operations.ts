import {
  positionCode,
  appointCadreBody,
  cadreCommandResult,
  cadreIdParam,
  cadreView,
  endCadrePostBody,
  eraseCadreBody,
  postIdParam,
  qualificationBody,
  registerCadreBody,
  rotateCadreBody,
  TRAINING_RPC,
} from '../training';
import { operation } from './operation';
import { z } from 'zod';

// Cán bộ Hội: /api/v1/cadres. training-service decides scope on her record's unit (and, for a
// post, on the post's unit too) and seals her personal fields under a data key of her own.

const cadre = {
  service: 'training',
  scope: { by: 'service' },
  permissions: ['cadres:write'],
  params: { id: cadreIdParam },
} as const;
const personal = { ...cadre, permissions: ['cadres:write', 'cadres:personal-data'] } as const;
const done = {
  status: 200,
  description: 'Done',
  name: 'CadreCommandResult',
  schema: cadreCommandResult,
} as const;
const on = (path: string) => `/api/v1/cadres/{id}/${path}`;

export const registerCadre = operation({
  ...personal,
  operationId: 'registerCadre',
  pattern: TRAINING_RPC.register,
  method: 'post',
  path: '/api/v1/cadres',
  params: {},
  body: { name: 'RegisterCadre', schema: registerCadreBody },
  response: { ...done, status: 201, description: 'Registered', location: '/api/v1/cadres/{id}' },
  summary: 'Tiếp nhận hồ sơ cán bộ — Register a cadre at a unit (18 or over)',
  description:
    'Her personal fields are sealed under a data key of her own and never published (only her birth year is). Needs cadres:write and cadres:personal-data in the unit’s scope. Each qualification is a fact from a day on (education, political theory, Party membership, full-time).',
});

export const getCadre = operation({
  ...cadre,
  operationId: 'getCadre',
  pattern: TRAINING_RPC.get,
  method: 'get',
  path: '/api/v1/cadres/{id}',
  permissions: ['cadres:read'],
  response: { status: 200, description: 'The cadre', name: 'Cadre', schema: cadreView },
  summary: 'Xem hồ sơ cán bộ — A cadre, her qualifications and posts; personal fields by role',
  description:
    'Roles with cadres:personal-data see her personal fields; other readers see them masked (initials, birth year, last digits); after an erasure they are null.',
});

export const recordQualification = operation({
  ...cadre,
  operationId: 'recordQualification',
  pattern: TRAINING_RPC.qualify,
  method: 'post',
  path: on('qualifications'),
  body: { name: 'Qualification', schema: qualificationBody },
  response: done,
  summary: 'Trình độ, lý luận chính trị, đảng viên, chuyên trách — Record a fact from a day on',
});

export const appointCadre = operation({
  ...cadre,
  operationId: 'appointCadre',
  pattern: TRAINING_RPC.appoint,
  method: 'post',
  path: on('posts'),
  body: { name: 'AppointCadre', schema: appointCadreBody },
  response: { ...done, status: 201, description: 'Appointed' },
  summary: 'Bầu, bổ nhiệm — Appoint her to a position at a unit',
  description:
    'In the scope of her record and of the post’s unit. A unit has one chairwoman (and one branch or group head) at a time: 409 training.seat-taken while another holds it.',
  problems: {
    '409':
      'Đơn vị đã có người giữ chức vụ — training.seat-taken; or training.post-held when she holds it already',
  },
});

export const endCadrePost = operation({
  ...cadre,
  operationId: 'endCadrePost',
  pattern: TRAINING_RPC.endPost,
  method: 'post',
  path: on('posts/{postId}/end'),
  params: { ...cadre.params, postId: postIdParam },
  body: { name: 'EndCadrePost', schema: endCadrePostBody },
  response: done,
  summary: 'Thôi giữ chức vụ — End a post (term, resignation, retirement, dismissal)',
});

export const rotateCadre = operation({
  ...cadre,
  operationId: 'rotateCadre',
  pattern: TRAINING_RPC.rotate,
  method: 'post',
  path: on('rotate'),
  body: { name: 'RotateCadre', schema: rotateCadreBody },
  response: done,
  summary: 'Luân chuyển cán bộ — End her post and start another, in one step',
  description:
    'The old post ends and the new one starts on rotatedOn; her record moves to the new unit. In the scope of her record and of the new unit.',
});

/** Erasure waits until she holds no post. */
export const eraseCadre = operation({
  ...personal,
  operationId: 'eraseCadre',
  pattern: TRAINING_RPC.erase,
  method: 'post',
  path: on('erase'),
  body: { name: 'EraseCadre', schema: eraseCadreBody, optional: true },
  response: done,
  summary: 'Xoá dữ liệu cá nhân cán bộ — Erase her personal data on request (crypto-shredding)',
  description:
    'Only once she holds no post: 409 training.cadre-holds-posts otherwise, and nothing is shredded. Her counts stay; a repeated request changes nothing.',
  problems: { '409': 'Cán bộ đang giữ chức vụ — training.cadre-holds-posts: end her posts first' },
});

/** POST /api/v1/cadres/{id}/awards */
export const grantCadreAwardBody = z.strictObject({
  award: z
    .enum(
      [
        'nguyen-thi-dinh-prize',
        'good-grassroots-cadre',
        'central-certificate-of-merit',
        'city-certificate-of-merit',
      ],
      'must be an award code',
    )
    .describe(
      'nguyen-thi-dinh-prize (Giải thưởng Nguyễn Thị Định), good-grassroots-cadre (Cán bộ Hội cơ sở giỏi), central-certificate-of-merit (Bằng khen của Trung ương Hội), city-certificate-of-merit (Bằng khen của Thành Hội).',
    ),
  year: z.number().int().min(1930).max(2200).describe('The year it is for.'),
});

export const grantCadreAward = operation({
  ...cadre,
  operationId: 'grantCadreAward',
  pattern: 'training.cadres.grant-cadre-award',
  description: 'Once per award and year: a repeat changes nothing. In her record’s scope.',
  method: 'post',
  path: '/api/v1/cadres/{id}/awards',
  body: { name: 'GrantCadreAward', schema: grantCadreAwardBody },
  response: done,
  summary: 'Khen thưởng cán bộ — Record an award of a cadre (a prize, a title) for a year',
});

/** POST /api/v1/cadres/{id}/succession-plans */
export const planCadreSuccessionBody = z.strictObject({
  unitId: z.uuid('must be a unit id').describe('The unit of the planned position.'),
  position: positionCode,
  term: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'must be a term YYYY-YYYY')
    .describe('Nhiệm kỳ — the congress term planned for, five years: 2026-2031.'),
});

export const planCadreSuccession = operation({
  ...cadre,
  operationId: 'planCadreSuccession',
  pattern: 'training.cadres.plan-cadre-succession',
  description:
    'In the scope of her record and of the planned unit; the position must exist at the unit’s kind. Once per unit, position and term: a repeat changes nothing.',
  method: 'post',
  path: '/api/v1/cadres/{id}/succession-plans',
  body: { name: 'PlanCadreSuccession', schema: planCadreSuccessionBody },
  response: done,
  summary: 'Quy hoạch cán bộ — Plan a cadre for a position at a unit for a term',
});

export const trainingOperations = [
  registerCadre,
  getCadre,
  recordQualification,
  appointCadre,
  endCadrePost,
  rotateCadre,
  eraseCadre,
  grantCadreAward,
  planCadreSuccession,
] as const;
