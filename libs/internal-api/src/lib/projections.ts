import { z } from 'zod';

/** Message patterns of projections-service. */
export const PROJECTIONS_RPC = {
  getUnit: 'projections.units.get',
  unitChildren: 'projections.units.children',
  unitVersion: 'projections.units.version',
} as const;

export const unitView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  parentId: z.uuid().nullable(),
  ancestorIds: z.array(z.uuid()).describe('From the root down to the parent.'),
  establishedOn: z.iso.date(),
  version: z.number().int().min(1).describe("The unit stream's version this view reflects."),
});

export const unitPage = z.object({
  items: z.array(unitView),
  nextCursor: z
    .string()
    .optional()
    .describe('Pass as `after` for the next page; absent on the last page.'),
});

/** GET /api/v1/units/:id/children?limit=&after= */
export const childrenQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z.string().min(1).max(1000).optional(),
});

export type UnitViewDto = z.output<typeof unitView>;
export type UnitPageDto = z.output<typeof unitPage>;
export interface ChildrenRequest {
  readonly parentId: string;
  readonly limit: number;
  readonly after?: string;
}

/** GET /api/v1/units/:id?minVersion=&waitMs= (read-your-writes). */
export const readQuery = z.strictObject({
  minVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'Wait until the read model has applied this version of the unit (from a command response).',
    ),
  waitMs: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(5_000)
    .describe('How long to wait at most, in ms.'),
});
