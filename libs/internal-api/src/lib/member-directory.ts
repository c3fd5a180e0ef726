import { z } from 'zod';

export const MEMBER_DIRECTORY_RPC = { search: 'membership.members.search' } as const;

/** POST /api/v1/members/search {name, unitId?, limit?, after?} */
export const searchMembersBody = z.strictObject({
  name: z
    .string()
    .trim()
    .min(2, 'must have at least 2 letters')
    .max(100)
    .describe(
      'Họ tên hoặc một phần — words of her name, each the start of a word (no accents needed).',
    ),
  unitId: z
    .uuid('must be a unit id')
    .optional()
    .describe('Tìm trong đơn vị này — search under this unit; the caller’s own unit if absent.'),
  limit: z.number().int().min(1).max(50).default(20),
  after: z.uuid('must be a cursor from a previous page').optional(),
});

const memberHit = z.object({
  id: z.uuid(),
  status: z.enum(['active', 'left', 'deceased', 'removed']),
  branchId: z.uuid(),
  birthYear: z.number().int(),
  fullName: z.string().describe('Her full name (the search needs members:personal-data).'),
});

export const memberHits = z.object({
  items: z.array(memberHit),
  nextCursor: z.string().optional().describe('Pass as `after` for the next page.'),
});
