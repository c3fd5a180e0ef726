import { TABLE_MEDIA_TYPES } from '@vwu/platform-tabular';
import { errors, unitId } from './openapi-parts';

const file = { type: 'string', format: 'binary' };
export const memberListPaths = {
  '/api/v1/units/{id}/members.xlsx': {
    get: {
      summary: 'Danh sách hội viên của chi hội (XLSX) — A branch’s active members as a workbook',
      description:
        'Personal data in full (the import’s columns, so the list can be imported again): only for roles with members:read and members:personal-data in the branch’s scope; 403 for others (a masked list is of no use on paper). Built from the members’ own records; erased members are not listed.',
      operationId: 'exportBranchMembers',
      parameters: [unitId],
      responses: {
        '200': {
          description: 'The workbook',
          content: { [TABLE_MEDIA_TYPES.xlsx]: { schema: file } },
        },
        ...errors,
      },
    },
  },
};
