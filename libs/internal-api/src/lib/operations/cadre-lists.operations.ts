import { CADRE_IMPORT_RPC } from '../cadre-imports';
import { unitIdParam } from '../organisation';
import { fileAnswer, operation } from './operation';

// Lists of cadres as files, for print and for import again. training-service decides scope on
// the unit.

/** The import's columns, so that the list can be imported again. */
export const exportUnitCadres = operation({
  service: 'training',
  scope: { by: 'service' },
  operationId: 'exportUnitCadres',
  pattern: CADRE_IMPORT_RPC.exportUnit,
  method: 'get',
  path: '/api/v1/units/{id}/cadres.xlsx',
  permissions: ['cadres:read', 'cadres:personal-data'],
  params: { id: unitIdParam },
  response: {
    status: 200,
    description: 'The workbook',
    name: 'CadreListFile',
    schema: fileAnswer,
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  timeoutMs: 60_000,
  summary: 'Danh sách cán bộ của đơn vị và cấp dưới (XLSX) — The cadres of a unit’s subtree',
  description:
    'Personal data in full, qualifications and each cadre’s current post, in the import’s columns (so the list can be imported again; a cadre with several posts is listed with her first): only for roles with cadres:read and cadres:personal-data in the unit’s scope; 403 for others. Built from the cadres’ own records; erased cadres are not listed.',
});

export const cadreListOperations = [exportUnitCadres] as const;
