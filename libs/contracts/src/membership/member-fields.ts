import { z } from 'zod';

/** A member id: a UUID, fixed for her whole membership (re-admission included). */
export const memberId = z.uuid();

/** A unit id (a branch, a women's group): a UUID of the organisation context. */
export const unitId = z.uuid();

/** A calendar date, `YYYY-MM-DD`, that exists: the day a fact takes effect. */
export const calendarDate = z.iso.date();

/** The special groups (nhóm đặc thù) as codes; unknown future codes should be kept as they are. */
export const specialGroup = z
  .string()
  .regex(/^[a-z][a-z-]{1,40}$/)
  .describe(
    'elderly, young, migrant, intellectual, disability, ethnic-minority, religious, entrepreneur, worker, apartment-resident, small-trader (more may come).',
  );

export const ancestorIds = z
  .array(unitId)
  .min(1)
  .describe(
    "The branch's ancestors, root first, down to its grassroots union: the member counts in each of their subtrees.",
  );
