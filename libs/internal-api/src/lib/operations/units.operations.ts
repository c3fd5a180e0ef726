import {
  establishUnitBody,
  ORGANISATION_RPC,
  renameUnitBody,
  unitCommandResult,
  unitIdParam,
} from '../organisation';
import {
  childrenQuery,
  historyPage,
  historyQuery,
  PROJECTIONS_RPC,
  readQuery,
  subtreeSummary,
  summaryQuery,
  unitPage,
  unitView,
  type UnitViewDto,
} from '../projections';
import { operation } from './operation';

// The union's unit tree: /api/v1/units. Writes go to organisation-service, which decides scope
// on the tree; reads to projections-service, scoped here on the unit read.

const unit = { params: { id: unitIdParam } } as const;
const read = {
  ...unit,
  service: 'projections',
  method: 'get',
  permissions: ['units:read'],
  scope: { by: 'unit', param: 'id' },
} as const;
const result = { name: 'UnitCommandResult', schema: unitCommandResult } as const;

export const establishUnit = operation({
  operationId: 'establishUnit',
  service: 'organisation',
  pattern: ORGANISATION_RPC.establishUnit,
  method: 'post',
  path: '/api/v1/units',
  permissions: ['units:write'],
  scope: { by: 'service' },
  params: {},
  body: { name: 'EstablishUnit', schema: establishUnitBody },
  response: { ...result, status: 201, description: 'Established', location: '/api/v1/units/{id}' },
  summary: 'Thành lập đơn vị — Establish a unit',
  problems: { '409': 'Xung đột — a sibling has this name, or the unit changed meanwhile' },
});

export const getUnit = operation({
  ...read,
  operationId: 'getUnit',
  pattern: PROJECTIONS_RPC.getUnit,
  path: '/api/v1/units/{id}',
  scope: { by: 'result', units: (u: UnitViewDto) => [...u.ancestorIds, u.id] },
  query: readQuery,
  readYourWrites: { versionOf: PROJECTIONS_RPC.unitVersion, notFound: 'unknown unit' },
  response: { status: 200, description: 'The unit', name: 'Unit', schema: unitView },
  summary: 'Xem đơn vị — Read a unit',
});

export const renameUnit = operation({
  ...unit,
  operationId: 'renameUnit',
  service: 'organisation',
  pattern: ORGANISATION_RPC.renameUnit,
  method: 'patch',
  path: '/api/v1/units/{id}',
  permissions: ['units:write'],
  scope: { by: 'service' },
  body: { name: 'RenameUnit', schema: renameUnitBody },
  response: { ...result, status: 200, description: 'Renamed' },
  summary: 'Đổi tên đơn vị — Rename a unit',
  problems: { '409': 'Xung đột — a sibling has this name' },
});

export const listUnitChildren = operation({
  ...read,
  operationId: 'listUnitChildren',
  pattern: PROJECTIONS_RPC.unitChildren,
  path: '/api/v1/units/{id}/children',
  query: childrenQuery,
  response: { status: 200, description: 'A page of children', name: 'UnitPage', schema: unitPage },
  summary:
    'Đơn vị trực thuộc và số đơn vị trong từng cây con — A unit’s children in name order, with the units below each of them and below the unit itself, by kind',
  description:
    'Cây đơn vị theo ngày: mỗi đơn vị kèm `counts`, số đơn vị đang hoạt động bên dưới theo loại vào ngày `asOf` (đọc từ số liệu tính sẵn, không quét cây con); mở rộng cây từng cấp bằng cách gọi lại với id của đơn vị con. — The unit tree as of a date: each unit carries `counts`, the active units below it by kind on `asOf` (read from precomputed figures, never a scan of the subtree); expand the tree a level at a time by calling again with a child’s id.',
});

export const getUnitHistory = operation({
  ...read,
  operationId: 'getUnitHistory',
  pattern: PROJECTIONS_RPC.unitHistory,
  path: '/api/v1/units/{id}/history',
  query: historyQuery,
  response: {
    status: 200,
    description: 'A page of history',
    name: 'HistoryPage',
    schema: historyPage,
  },
  summary: 'Lịch sử đơn vị — A unit’s history: its events in order, who and when',
});

export const getUnitSummary = operation({
  ...read,
  operationId: 'getUnitSummary',
  pattern: PROJECTIONS_RPC.unitSummary,
  path: '/api/v1/units/{id}/summary',
  query: summaryQuery,
  response: {
    status: 200,
    description: 'The figures',
    name: 'SubtreeSummary',
    schema: subtreeSummary,
  },
  summary:
    'Tổng hợp — Units per kind below a unit on a date, the branches and grassroots unions rated and inspected in a year, and the membership figures (hội viên, kết nạp, hội phí, thu hút)',
  description:
    'Read from documents precomputed per unit, as of any date (the structure before and after a restructuring); `children=true` adds the same figures for each unit directly under it on the date (drill-down). `members`: active members, admissions in the year and the term, memberships ended, special groups, age bands, the fee payment rate, transfers into and out of the subtree, Party introductions, and the attraction rate against the grassroots unions’ women 18+ (plan 39/KH-BCH: over 60% in every grassroots union). Membership figures are monthly: on any day, those of its month.',
});

export const unitOperations = [
  establishUnit,
  getUnit,
  renameUnit,
  listUnitChildren,
  getUnitHistory,
  getUnitSummary,
] as const;
