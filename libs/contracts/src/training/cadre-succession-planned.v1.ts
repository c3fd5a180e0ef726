import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { ancestorIds, unitId } from '../membership/member-fields';

export const CADRE_SUCCESSION_PLANNED_V1 = eventType('training', 'CadreSuccessionPlanned', 1);

/** Quy hoạch cán bộ: a cadre planned for a position at a unit for a term. */
export const CadreSuccessionPlannedV1 = z
  .object({
    cadreId: z.uuid().describe('The cadre; ce_subject is cadre-<cadreId>.'),
    unitId: unitId.describe('The unit of the planned position.'),
    ancestorIds: ancestorIds.describe("The unit's ancestors, root first, on the day."),
    position: z
      .string()
      .regex(/^[a-z][a-z-]{1,40}$/)
      .describe('The planned position (the codes of CadreAppointed).'),
    term: z
      .string()
      .regex(/^\d{4}-\d{4}$/)
      .describe('The congress term (nhiệm kỳ) planned for, five years: 2026-2031.'),
  })
  .describe(
    'A cadre was planned (quy hoạch) for a position at a unit for a term, once. Subject: cadre-<cadreId>. No personal data.',
  );

export type CadreSuccessionPlannedV1Data = z.output<typeof CadreSuccessionPlannedV1>;
