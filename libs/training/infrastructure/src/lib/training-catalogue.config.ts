import {
  DEFAULT_TRAINING_CATALOGUE,
  validateTrainingCatalogue,
  type TrainingCatalogue,
} from '@vwu/training-domain';
import { POSITION_FIGURES } from '@vwu/contracts';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const code = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a code (a-z, 0-9, -)');
const label = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** The file format of a training catalogue (TRAINING_CATALOGUE_FILE). */
export const trainingCatalogueSchema = z.strictObject({
  positions: z.record(
    code,
    z.strictObject({
      label,
      unitKinds: z.array(code).min(1),
      single: z.boolean(),
      figures: z.array(z.enum(POSITION_FIGURES)).default([]),
    }),
  ),
  topics: z.record(code, z.strictObject({ label })),
});

/**
 * Which positions exist at which unit kinds, which seats are single, what the plan's figures
 * count each as, and the course topics: configuration, like the unit kinds. Without a file, the
 * platform's default catalogue. A bad file stops the service at start, with every problem named.
 */
export function loadTrainingCatalogue(file: string | undefined): TrainingCatalogue {
  if (!file) return DEFAULT_TRAINING_CATALOGUE;
  const parsed = trainingCatalogueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} is not a training catalogue:\n  ${problems.join('\n  ')}`);
  }
  const catalogue = parsed.data as TrainingCatalogue;
  const problems = validateTrainingCatalogue(catalogue);
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return catalogue;
}
