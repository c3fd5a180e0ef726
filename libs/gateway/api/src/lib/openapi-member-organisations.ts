import { memberOrganisationPage, memberOrganisationView } from '@vwu/internal-api';
import { errors, json, problem, schema, unitId } from './openapi-parts';
import { readYourWritesResponses } from './openapi-responses';

// The reads of the member organisations list (tổ chức thành viên) in the OpenAPI document.

const outOfScope = problem(
  'Không có quyền — the role lacks units:read, or the user is not scoped to the province or city union',
);

const list = {
  summary:
    'Danh sách tổ chức thành viên — The member organisations of the city union, in name order',
  description:
    'Các tổ chức thành viên của Hội LHPN tỉnh/thành phố mà người dùng được giao; `asOf` cho biết tổ chức nào là thành viên vào ngày đó. — The member organisations of the union the user is scoped to; with `asOf`, those that were members on that date (joined on or before it and not left by it).',
  operationId: 'listMemberOrganisations',
  parameters: [
    {
      name: 'asOf',
      in: 'query',
      schema: { type: 'string', format: 'date' },
      description:
        'Thành viên vào ngày này — only the members on this date (YYYY-MM-DD); every one known if absent.',
    },
    {
      name: 'status',
      in: 'query',
      schema: { type: 'string', enum: ['member', 'left'] },
      description: 'Trạng thái hiện nay — only those with this status now.',
    },
    {
      name: 'limit',
      in: 'query',
      schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    },
    {
      name: 'after',
      in: 'query',
      schema: { type: 'string' },
      description: 'Trang sau — nextCursor of the previous page.',
    },
  ],
  responses: {
    '200': { description: 'Một trang — a page', content: json('MemberOrganisationPage') },
    ...errors,
    '403': outOfScope,
  },
};

const get = {
  summary: 'Xem tổ chức thành viên — Read a member organisation',
  description:
    'Trạng thái, ngày gia nhập, ngày rời và lý do, mọi thời kỳ là thành viên. — Its status, joining and leaving dates, reason, and every membership period.',
  operationId: 'getMemberOrganisation',
  parameters: [
    unitId,
    {
      name: 'minVersion',
      in: 'query',
      schema: { type: 'integer', minimum: 1 },
      description:
        'Chờ dữ liệu cập nhật đến phiên bản này — wait until the read model has applied this version (read-your-writes: the `version` of the join or leave response).',
    },
    {
      name: 'waitMs',
      in: 'query',
      schema: { type: 'integer', minimum: 0, maximum: 10000, default: 5000 },
      description: 'Thời gian chờ tối đa — how long to wait at most, in ms.',
    },
  ],
  responses: {
    '200': {
      description: 'Tổ chức thành viên — the organisation',
      content: json('MemberOrganisation'),
    },
    ...errors,
    '403': outOfScope,
    ...readYourWritesResponses('unknown member organisation'),
  },
};

type Paths = Record<string, Record<string, unknown>>;

/** The paths with the member organisation reads added beside the commands on the same paths. */
export function withMemberOrganisationReads(paths: Paths): Paths {
  const root = '/api/v1/member-organisations';
  const one = '/api/v1/member-organisations/{id}';
  return { ...paths, [root]: { ...paths[root], get: list }, [one]: { ...paths[one], get } };
}

export const memberOrganisationSchemas = {
  MemberOrganisation: schema(memberOrganisationView, 'output'),
  MemberOrganisationPage: schema(memberOrganisationPage, 'output'),
};
