import { MEMBER_IMPORT_RPC } from '../member-imports';
import { unitIdParam } from '../organisation';
import { fileAnswer, operation } from './operation';

// Lists of members as files, for print and for import again. membership-service decides scope on
// the branch.

/** The import's columns, so that the list can be imported again. */
export const exportBranchMembers = operation({
  service: 'membership',
  scope: { by: 'service' },
  operationId: 'exportBranchMembers',
  pattern: MEMBER_IMPORT_RPC.exportBranch,
  method: 'get',
  path: '/api/v1/units/{id}/members.xlsx',
  permissions: ['members:read', 'members:personal-data'],
  params: { id: unitIdParam },
  response: {
    status: 200,
    description: 'The workbook',
    name: 'MemberListFile',
    schema: fileAnswer,
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  timeoutMs: 60_000,
  summary: 'Danh sách hội viên của chi hội (XLSX) — A branch’s active members as a workbook',
  description:
    'Personal data in full (the import’s columns, so the list can be imported again): only for roles with members:read and members:personal-data in the branch’s scope; 403 for others (a masked list is of no use on paper). Built from the members’ own records; erased members are not listed.',
});

export const memberListOperations = [exportBranchMembers] as const;
