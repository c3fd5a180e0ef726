import { z } from 'zod';

/** A unit id: a UUID, fixed for the unit's whole life. Each event describes its own use. */
export const unitId = z.uuid();

/**
 * A unit's official name, in Vietnamese as the establishing decision writes it, e.g.
 * `Hội LHPN phường Kim Mã`. Surrounding whitespace is trimmed.
 */
export const unitName = z.string().trim().min(1).max(200);

/** A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30): the day a fact takes effect. */
export const calendarDate = z.iso.date();
