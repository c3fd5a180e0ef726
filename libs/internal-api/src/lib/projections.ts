import { z } from 'zod';
import { memberFigures } from './member-figures';
import { cadreFigures } from './training-figures';

/** The cursor of the next page, as the previous page gave it. */
export const pageAfter = z
  .string()
  .min(1)
  .max(1000)
  .optional()
  .describe('Trang sau — nextCursor of the previous page.');

/** Message patterns of projections-service. */
export const PROJECTIONS_RPC = {
  getUnit: 'projections.units.get',
  unitChildren: 'projections.units.children',
  unitVersion: 'projections.units.version',
  unitHistory: 'projections.units.history',
  unitSummary: 'projections.units.summary',
  getMemberOrganisation: 'projections.member-organisations.get',
  listMemberOrganisations: 'projections.member-organisations.list',
  memberOrganisationVersion: 'projections.member-organisations.version',
} as const;

export const unitView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  parentId: z.uuid().nullable(),
  ancestorIds: z.array(z.uuid()).describe('From the root down to the parent.'),
  establishedOn: z.iso.date(),
  status: z.enum(['active', 'closed']),
  closure: z
    .object({
      reason: z.string().describe('merged or dissolved'),
      successorId: z.uuid().nullable(),
      on: z.iso.date().describe('The first day the unit no longer existed.'),
    })
    .optional()
    .describe('How and when the unit ended; absent while it is active.'),
  ratings: z
    .record(z.string(), z.string())
    .describe(
      'The grade in force per year (excellent, good, fair, average, weak), corrections applied.',
    ),
  population: z
    .object({ asOf: z.iso.date(), women: z.number().int() })
    .optional()
    .describe('The latest women population (women aged 18+) recorded.'),
  lastInspection: z
    .object({ on: z.iso.date(), passed: z.boolean(), inspectorUnitId: z.uuid() })
    .optional(),
  version: z.number().int().min(1).describe("The unit stream's version this view reflects."),
});

export const historyPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      event: z.string().describe('e.g. UnitMoved; UnitReceived when a closing unit’s successor.'),
      recordedAt: z.iso.datetime(),
      actor: z.string().nullable().describe('The account that made the request.'),
      sequence: z.number().int(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  nextCursor: z.string().optional(),
});

const ratingFigures = z.object({
  total: z.number().int().describe('Active units of the kind in the subtree on the date.'),
  rated: z.number().int().describe('Rated for the year (xếp loại).'),
  byGrade: z
    .object({
      excellent: z.number().int(),
      good: z.number().int(),
      fair: z.number().int(),
      average: z.number().int(),
      weak: z.number().int(),
    })
    .describe('xuất sắc, tốt, khá, trung bình, kém.'),
  goodOrBetter: z.number().int(),
  goodOrBetterShare: z.number().describe('Branches: target 0.9 or more (plan 39/KH-BCH).'),
  fairOrBetter: z.number().int().describe('Rated fair or better (khá trở lên).'),
  weak: z.number().int().describe('Branches: target none.'),
  notInspected: z.number().int().describe('Without a charter inspection recorded in the year.'),
});

const summaryFields = {
  unitId: z.uuid(),
  year: z.number().int(),
  asOf: z.iso.date().describe('The date the subtree is taken on.'),
  units: z.record(z.string(), z.number().int()).describe('Active units below, by kind.'),
  branches: ratingFigures.describe('Chi hội in the subtree.'),
  grassroots: ratingFigures.describe('Cơ sở Hội in the subtree.'),
  members: memberFigures,
  cadres: cadreFigures,
};

/** Read from precomputed documents (one per unit shown), never counted over the subtree. */
export const subtreeSummary = z.object({
  ...summaryFields,
  children: z
    .array(z.object({ ...summaryFields, name: z.string(), kind: z.string() }))
    .optional()
    .describe('With children=true: the same figures for each unit directly under it on the date.'),
});

/** GET /api/v1/units/:id/summary?year=&asOf=&children= */
export const summaryQuery = z.strictObject({
  year: z.coerce
    .number()
    .int()
    .min(1930)
    .max(2200)
    .optional()
    .describe(
      'The year of the ratings, inspections, admissions, fees and transfers; the year of asOf if absent.',
    ),
  asOf: z.iso
    .date('must be a date YYYY-MM-DD')
    .optional()
    .describe('Cây con vào ngày đó; mặc định hôm nay — the subtree on that date; today if absent.'),
  children: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .describe('true: also each child’s figures (drill-down: city → district → grassroots).'),
});

/** GET /api/v1/units/:id/history?limit=&after= */
export const historyQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: pageAfter,
});

const COUNTS =
  'Số đơn vị đang hoạt động trong cây con vào ngày asOf, theo loại (không tính chính đơn vị) — Active units below the unit on the date, by kind, the unit itself not counted: district, affiliated, grassroots, branch and group always (0 if none), other configured kinds when present.';

/** Read from one precomputed document per unit (the rollups), never counted over the subtree. */
const subtreeCounts = z.record(z.string(), z.number().int().min(0)).describe(COUNTS);

export const unitPage = z.object({
  asOf: z.iso
    .date()
    .describe('Ngày của các số đếm — The date the counts are for: asOf, or today in Vietnam.'),
  counts: subtreeCounts.describe(
    `Của chính đơn vị được liệt kê — The listed unit's own. ${COUNTS}`,
  ),
  items: z.array(unitView.extend({ counts: subtreeCounts })),
  nextCursor: z
    .string()
    .optional()
    .describe('Pass as `after` for the next page; absent on the last page.'),
});

/** GET /api/v1/units/:id/children?limit=&after= */
export const childrenQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: pageAfter,
  asOf: z.iso
    .date('must be a date YYYY-MM-DD')
    .optional()
    .describe(
      'Đơn vị trực thuộc vào ngày đó (kể cả đơn vị đã giải thể, sáp nhập sau đó) và số đếm vào ngày đó; không có thì các đơn vị đang hoạt động và số đếm hôm nay — The children on that date (closed ones included) and the counts on it; the active children now and today’s counts if absent.',
    ),
});

export type UnitViewDto = z.output<typeof unitView>;
export type UnitPageDto = z.output<typeof unitPage>;
export type HistoryPageDto = z.output<typeof historyPage>;
export type SubtreeSummaryDto = z.output<typeof subtreeSummary>;

/** GET /api/v1/units/:id?minVersion=&waitMs= (read-your-writes). */
export const readQuery = z.strictObject({
  minVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'Chờ dữ liệu cập nhật đến phiên bản này — wait until the read model has applied this version (read-your-writes: the `version` of a command response).',
    ),
  waitMs: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(5_000)
    .describe('Thời gian chờ tối đa — how long to wait at most, in ms.'),
});
