import { z } from 'zod';

/** Message patterns of organisation-service. */
export const ORGANISATION_RPC = {
  establishUnit: 'organisation.units.establish',
  renameUnit: 'organisation.units.rename',
  moveUnit: 'organisation.units.move',
  mergeUnit: 'organisation.units.merge',
  dissolveUnit: 'organisation.units.dissolve',
  recordPopulation: 'organisation.units.record-population',
  rateUnit: 'organisation.units.rate',
  correctRating: 'organisation.units.correct-rating',
  recordInspection: 'organisation.units.record-inspection',
  joinMemberOrganisation: 'organisation.member-organisations.join',
  leaveMemberOrganisation: 'organisation.member-organisations.leave',
  /** The version a stream (a unit, a member organisation) has reached on the write side; 0: none. */
  streamVersion: 'organisation.streams.version',
} as const;

const unitName = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');
const kindId = z.string().regex(/^[a-z][a-z0-9-]{0,49}$/, 'must be a kind id such as branch');
const date = z.iso.date('must be a date YYYY-MM-DD');

/** POST /api/v1/units */
export const establishUnitBody = z.strictObject({
  name: unitName.describe("The unit's official name, e.g. 'Chi hội tổ dân phố 5'."),
  kind: kindId.describe(
    'province, district (before 1 July 2025), affiliated, grassroots, branch or group.',
  ),
  parentId: z
    .uuid('must be a unit id')
    .nullable()
    .default(null)
    .describe('The parent unit; absent only for the root.'),
  establishedOn: date.optional().describe('When the establishment takes effect; today if absent.'),
});

/** PATCH /api/v1/units/:id */
export const renameUnitBody = z.strictObject({
  name: unitName.describe('The new official name.'),
  renamedOn: date.optional().describe('When the new name takes effect; today if absent.'),
});

export const unitIdParam = z.uuid('must be a unit id');

/** POST /api/v1/units/:id/move */
export const moveUnitBody = z.strictObject({
  parentId: z.uuid('must be a unit id').describe('The new parent unit.'),
  movedOn: date.optional().describe('When the unit sits under the new parent; today if absent.'),
});

/** POST /api/v1/units/:id/merge */
export const mergeUnitBody = z.strictObject({
  successorId: z
    .uuid('must be a unit id')
    .describe('The unit of the same kind that continues this one; its children move there.'),
  mergedOn: date
    .optional()
    .describe('The first day the merged unit no longer exists; today if absent.'),
});

/** POST /api/v1/units/:id/dissolve */
export const dissolveUnitBody = z.strictObject({
  successorId: z
    .uuid('must be a unit id')
    .nullable()
    .default(null)
    .describe('Where the children and members go; absent only for an empty unit.'),
  dissolvedOn: date
    .optional()
    .describe('The first day the unit no longer exists; today if absent.'),
});

const year = z.number().int('must be a whole year').min(1930).max(2200);
const grade = z
  .enum(['excellent', 'good', 'fair', 'average', 'weak'], 'must be a rating grade')
  .describe('xuất sắc (excellent), tốt (good), khá (fair), trung bình (average), kém (weak).');

/** POST /api/v1/units/:id/population */
export const recordPopulationBody = z.strictObject({
  women: z
    .number()
    .int('must be a whole number')
    .min(0)
    .describe('Women aged 18+ present in the unit’s area (the attraction rate’s denominator).'),
  asOf: date.optional().describe('The date the figure describes; today if absent.'),
});

/** POST /api/v1/units/:id/ratings */
export const rateUnitBody = z.strictObject({
  year: year.describe('The year rated.'),
  grade,
});

/** PUT /api/v1/units/:id/ratings/:year */
export const correctRatingBody = z.strictObject({
  grade,
  reason: z.string().trim().min(1, 'must not be empty').max(500).describe('Why it is corrected.'),
});

export const yearParam = z.coerce.number().pipe(year);

/** POST /api/v1/units/:id/inspections */
export const recordInspectionBody = z.strictObject({
  inspectionId: z
    .uuid('must be a UUID')
    .optional()
    .describe('Chosen by the client to make a retry harmless; a new id if absent.'),
  inspectedOn: date.optional().describe('The day of the inspection; today if absent.'),
  inspectorUnitId: z.uuid('must be a unit id').describe('The unit above that inspected.'),
  findings: z.string().max(4000).default('').describe('What the inspection found.'),
  passed: z.boolean().describe('Whether the unit complies with the union charter.'),
});

/** POST /api/v1/member-organisations */
export const joinMemberOrganisationBody = z.strictObject({
  id: z.uuid('must be a UUID').optional().describe('A client-chosen id makes a retry harmless.'),
  name: unitName.describe("e.g. 'Hội Nữ trí thức Hà Nội'."),
  joinedOn: date.optional().describe('When it joins; today if absent.'),
});

/** POST /api/v1/member-organisations/:id/leave */
export const leaveMemberOrganisationBody = z.strictObject({
  leftOn: date.optional().describe('When it leaves; today if absent.'),
  reason: z.string().trim().max(500).default(''),
});

export const unitCommandResult = z.object({
  id: z.uuid().describe('The unit id.'),
  version: z
    .number()
    .int()
    .min(1)
    .describe("The unit stream's version after the command: a read can wait for it."),
});

export type UnitCommandResultDto = z.output<typeof unitCommandResult>;
export type ClosureResultDto = UnitCommandResultDto & { readonly moved: number };
