import {
  correctRatingBody,
  dissolveUnitBody,
  mergeUnitBody,
  moveUnitBody,
  ORGANISATION_RPC,
  rateUnitBody,
  recordInspectionBody,
  recordPopulationBody,
  unitCommandResult,
  unitIdParam,
  yearParam,
} from '../organisation';
import { operation } from './operation';

// Changes of the tree and facts about units: /api/v1/units/{id}/…. organisation-service decides
// scope on the tree as it records the change.

const unitCommand = {
  service: 'organisation',
  method: 'post',
  scope: { by: 'service' },
  permissions: ['units:write'],
  params: { id: unitIdParam },
  response: {
    status: 200,
    description: 'Recorded',
    name: 'UnitCommandResult',
    schema: unitCommandResult,
  },
} as const;
const on = (path: string) => `/api/v1/units/{id}/${path}`;
const closed = { '409': 'Xung đột — the unit is closed' };
const closureConflict = {
  '409':
    'Xung đột — the unit is closed already, or child units cannot move to the successor (`errors` lists each child and why: code organisation.restructuring-conflict)',
};
/**
 * A merger or dissolution moves every child of the unit within the request (one append each):
 * a district union with hundreds of children takes longer than a single append. The work goes on
 * if the client gives up (and a repeat finishes it), so waiting longer only spares a retry.
 */
const CLOSURE_TIMEOUT_MS = 60_000;

export const moveUnit = operation({
  ...unitCommand,
  operationId: 'moveUnit',
  pattern: ORGANISATION_RPC.moveUnit,
  path: on('move'),
  body: { name: 'MoveUnit', schema: moveUnitBody },
  summary: 'Chuyển đơn vị — Move a unit, with its subtree, under another parent',
  problems: {
    '409': 'Xung đột — a sibling under the new parent has this name, or the unit is closed',
  },
});

export const mergeUnit = operation({
  ...unitCommand,
  operationId: 'mergeUnit',
  pattern: ORGANISATION_RPC.mergeUnit,
  path: on('merge'),
  body: { name: 'MergeUnit', schema: mergeUnitBody },
  timeoutMs: CLOSURE_TIMEOUT_MS,
  summary: 'Sáp nhập — Merge a unit into a successor of the same kind; its children move there',
  problems: closureConflict,
});

export const dissolveUnit = operation({
  ...unitCommand,
  operationId: 'dissolveUnit',
  pattern: ORGANISATION_RPC.dissolveUnit,
  path: on('dissolve'),
  body: { name: 'DissolveUnit', schema: dissolveUnitBody },
  timeoutMs: CLOSURE_TIMEOUT_MS,
  summary: 'Giải thể — Dissolve a unit (empty, or its children go to a successor)',
  problems: closureConflict,
});

export const recordWomenPopulation = operation({
  ...unitCommand,
  operationId: 'recordWomenPopulation',
  pattern: ORGANISATION_RPC.recordPopulation,
  path: on('population'),
  body: { name: 'RecordWomenPopulation', schema: recordPopulationBody },
  summary: 'Dân số nữ — Record the women aged 18+ of a grassroots union or branch',
  problems: closed,
});

export const rateUnit = operation({
  ...unitCommand,
  operationId: 'rateUnit',
  pattern: ORGANISATION_RPC.rateUnit,
  path: on('ratings'),
  body: { name: 'RateUnit', schema: rateUnitBody },
  summary: 'Xếp loại — Rate a unit for a year (once per unit and year)',
  problems: {
    '409':
      'Xung đột — the year is rated already with another grade: correct it (organisation.rating-exists)',
  },
});

export const correctRating = operation({
  ...unitCommand,
  operationId: 'correctRating',
  pattern: ORGANISATION_RPC.correctRating,
  method: 'put',
  path: on('ratings/{year}'),
  params: { ...unitCommand.params, year: yearParam },
  body: { name: 'CorrectRating', schema: correctRatingBody },
  summary: 'Sửa xếp loại — Correct a year’s rating, with the reason',
  problems: closed,
});

export const recordInspection = operation({
  ...unitCommand,
  operationId: 'recordInspection',
  pattern: ORGANISATION_RPC.recordInspection,
  path: on('inspections'),
  body: { name: 'RecordInspection', schema: recordInspectionBody },
  summary: 'Kiểm tra điều lệ — Record a charter inspection by a unit above',
  problems: closed,
});

export const unitChangeOperations = [
  moveUnit,
  mergeUnit,
  dissolveUnit,
  recordWomenPopulation,
  rateUnit,
  correctRating,
  recordInspection,
] as const;
