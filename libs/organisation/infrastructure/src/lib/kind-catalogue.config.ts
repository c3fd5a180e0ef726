import {
  DEFAULT_UNIT_KIND_CATALOGUE,
  validateCatalogue,
  type UnitKindCatalogue,
} from '@vwu/organisation-domain';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const date = z.iso.date();
const period = { from: date.optional(), until: date.optional() };

/** The file format of a unit kind catalogue (UNIT_KIND_CATALOGUE_FILE). */
export const unitKindCatalogueSchema = z.object({
  rootKind: z.string().min(1),
  kinds: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.object({
      label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
      inForce: z.object(period).optional(),
      parents: z.array(z.object({ kind: z.string().min(1), ...period })),
    }),
  ),
});

/**
 * Which kinds exist and which may sit under which is configuration: the next reform is a new
 * file, not a release. Without a file, the default catalogue (the 2025 two-tier structure with
 * the district level as history).
 */
export function loadUnitKindCatalogue(file: string | undefined): UnitKindCatalogue {
  if (!file) return DEFAULT_UNIT_KIND_CATALOGUE;
  const parsed = unitKindCatalogueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} is not a unit kind catalogue:\n  ${problems.join('\n  ')}`);
  }
  const catalogue = parsed.data as UnitKindCatalogue;
  const problems = validateCatalogue(catalogue);
  if (problems.length > 0) {
    throw new Error(`${file}: ${problems.map((p) => p.message).join('; ')}`);
  }
  return catalogue;
}
