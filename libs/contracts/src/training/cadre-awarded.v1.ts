import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { unitId } from '../membership/member-fields';

export const CADRE_AWARDED_V1 = eventType('training', 'CadreAwarded', 1);

/** Khen thưởng cán bộ: a prize or a title of a year. */
export const CadreAwardedV1 = z
  .object({
    cadreId: z.uuid().describe('The cadre; ce_subject is cadre-<cadreId>.'),
    award: z
      .string()
      .regex(/^[a-z][a-z-]{1,60}$/)
      .describe(
        'nguyen-thi-dinh-prize (Giải thưởng Nguyễn Thị Định), good-grassroots-cadre (Cán bộ Hội cơ sở giỏi), central-certificate-of-merit (Bằng khen của Trung ương Hội), city-certificate-of-merit (Bằng khen của Thành Hội) (more may come).',
      ),
    year: z.number().int().min(1930).max(2200).describe('The year it was awarded for.'),
    unitId: unitId.describe('The unit that kept her record when it was awarded.'),
  })
  .describe(
    'A cadre received an award (khen thưởng) for a year, once. Subject: cadre-<cadreId>. No personal data.',
  );

export type CadreAwardedV1Data = z.output<typeof CadreAwardedV1>;
