import { z } from 'zod';

/** Message patterns of organisation-service. */
export const ORGANISATION_RPC = {
  establishUnit: 'organisation.units.establish',
  renameUnit: 'organisation.units.rename',
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

export const unitCommandResult = z.object({
  id: z.uuid().describe('The unit id.'),
  version: z
    .number()
    .int()
    .min(1)
    .describe("The unit stream's version after the command: a read can wait for it."),
});

export type EstablishUnitBody = z.output<typeof establishUnitBody>;
export type RenameUnitBody = z.output<typeof renameUnitBody>;
export type UnitCommandResultDto = z.output<typeof unitCommandResult>;
export type RenameUnitRequest = { readonly unitId: string } & RenameUnitBody;
