import {
  correctRatingBody,
  dissolveUnitBody,
  establishUnitBody,
  historyPage,
  subtreeSummary,
  joinMemberOrganisationBody,
  leaveMemberOrganisationBody,
  memberHits,
  searchMembersBody,
  mergeUnitBody,
  moveUnitBody,
  rateUnitBody,
  recordInspectionBody,
  recordPopulationBody,
  renameUnitBody,
  unitCommandResult,
  unitPage,
  unitView,
} from '@vwu/internal-api';
import { changePaths } from './openapi-changes';
import { jobsOpenApiPart } from './jobs';
import { restructuringPaths, restructuringSchemas } from './openapi-restructurings';
import { summaryPaths } from './openapi-summary';
import { clubPaths, clubSchemas } from './openapi-clubs';
import { memberPaths, memberSchemas } from './openapi-members';
import { memberListPaths } from './openapi-member-lists';
import {
  memberOrganisationSchemas,
  withMemberOrganisationReads,
} from './openapi-member-organisations';
import {
  errors,
  idempotencyKey,
  json,
  problem,
  problemSchema,
  schema,
  unitId,
} from './openapi-parts';
import { readYourWritesResponses, withEdgeResponses } from './openapi-responses';

const paths = {
  '/api/v1/units': {
    post: {
      summary: 'Thành lập đơn vị — Establish a unit',
      operationId: 'establishUnit',
      parameters: [idempotencyKey],
      requestBody: { required: true, content: json('EstablishUnit') },
      responses: {
        '201': { description: 'Established', content: json('UnitCommandResult') },
        ...errors,
        '409': problem('Xung đột — a sibling has this name, or the unit changed meanwhile'),
      },
    },
  },
  '/api/v1/units/{id}': {
    get: {
      summary: 'Xem đơn vị — Read a unit',
      operationId: 'getUnit',
      parameters: [
        unitId,
        {
          name: 'minVersion',
          in: 'query',
          schema: { type: 'integer', minimum: 1 },
          description: 'Wait until the read model has applied this version (read-your-writes).',
        },
        {
          name: 'waitMs',
          in: 'query',
          schema: { type: 'integer', minimum: 0, maximum: 10000, default: 5000 },
        },
      ],
      responses: {
        '200': { description: 'The unit', content: json('Unit') },
        ...errors,
        ...readYourWritesResponses('unknown unit'),
      },
    },
    patch: {
      summary: 'Đổi tên đơn vị — Rename a unit',
      operationId: 'renameUnit',
      parameters: [unitId, idempotencyKey],
      requestBody: { required: true, content: json('RenameUnit') },
      responses: {
        '200': { description: 'Renamed', content: json('UnitCommandResult') },
        ...errors,
        '409': problem('Xung đột — a sibling has this name'),
      },
    },
  },
  '/api/v1/units/{id}/children': {
    get: {
      summary:
        'Đơn vị trực thuộc và số đơn vị trong từng cây con — A unit’s children in name order, with the units below each of them and below the unit itself, by kind',
      description:
        'Cây đơn vị theo ngày: mỗi đơn vị kèm `counts`, số đơn vị đang hoạt động bên dưới theo loại vào ngày `asOf` (đọc từ số liệu tính sẵn, không quét cây con); mở rộng cây từng cấp bằng cách gọi lại với id của đơn vị con. — The unit tree as of a date: each unit carries `counts`, the active units below it by kind on `asOf` (read from precomputed figures, never a scan of the subtree); expand the tree a level at a time by calling again with a child’s id.',
      operationId: 'listUnitChildren',
      parameters: [
        unitId,
        {
          name: 'asOf',
          in: 'query',
          schema: { type: 'string', format: 'date' },
          description:
            'Ngày YYYY-MM-DD: cây như vào ngày đó (kể cả đơn vị đã đóng sau đó); không có thì hôm nay — The tree as it was that day (units closed since included); today if absent.',
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
          description: 'nextCursor of the previous page',
        },
      ],
      responses: {
        '200': { description: 'A page of children', content: json('UnitPage') },
        ...errors,
      },
    },
  },
  '/api/v1/units/{id}/history': {
    get: {
      summary: 'Lịch sử đơn vị — A unit’s history: its events in order, who and when',
      operationId: 'getUnitHistory',
      parameters: [
        unitId,
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } },
        { name: 'after', in: 'query', schema: { type: 'string' } },
      ],
      responses: {
        '200': { description: 'A page of history', content: json('HistoryPage') },
        ...errors,
      },
    },
  },
};

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const jobs = jobsOpenApiPart();
  return {
    openapi: '3.1.0',
    info: {
      title: 'vwu-platform API',
      version: '1.0.0',
      description:
        'API của nền tảng Hội LHPN Việt Nam: mọi lệnh và truy vấn của ứng dụng web và di động. — The Vietnam Women’s Union platform API. Errors are RFC 9457 problem+json with a stable `code`.',
    },
    security: [{ bearer: [] }],
    paths: withEdgeResponses(
      withMemberOrganisationReads({
        ...paths,
        ...summaryPaths,
        ...changePaths,
        ...jobs.unitImports.paths,
        ...restructuringPaths,
        ...memberPaths,
        ...clubPaths,
        ...jobs.memberImports.paths,
        ...memberListPaths,
      }),
    ),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        EstablishUnit: schema(establishUnitBody, 'input'),
        RenameUnit: schema(renameUnitBody, 'input'),
        MoveUnit: schema(moveUnitBody, 'input'),
        MergeUnit: schema(mergeUnitBody, 'input'),
        DissolveUnit: schema(dissolveUnitBody, 'input'),
        RecordWomenPopulation: schema(recordPopulationBody, 'input'),
        RateUnit: schema(rateUnitBody, 'input'),
        CorrectRating: schema(correctRatingBody, 'input'),
        RecordInspection: schema(recordInspectionBody, 'input'),
        JoinMemberOrganisation: schema(joinMemberOrganisationBody, 'input'),
        LeaveMemberOrganisation: schema(leaveMemberOrganisationBody, 'input'),
        UnitCommandResult: schema(unitCommandResult, 'output'),
        Unit: schema(unitView, 'output'),
        UnitPage: schema(unitPage, 'output'),
        HistoryPage: schema(historyPage, 'output'),
        SubtreeSummary: schema(subtreeSummary, 'output'),
        MemberHits: schema(memberHits, 'output'),
        SearchMembers: schema(searchMembersBody, 'input'),
        ...memberOrganisationSchemas,
        ...jobs.unitImports.schemas,
        ...restructuringSchemas,
        ...memberSchemas,
        ...clubSchemas,
        ...jobs.memberImports.schemas,
        Problem: problemSchema,
      },
    },
  };
}
