import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { calendarDate, unitId } from './unit-fields';

export const WOMEN_POPULATION_RECORDED_V1 = eventType('organisation', 'WomenPopulationRecorded', 1);
export const UNIT_RATED_V1 = eventType('organisation', 'UnitRated', 1);
export const UNIT_RATING_CORRECTED_V1 = eventType('organisation', 'UnitRatingCorrected', 1);
export const UNIT_INSPECTED_V1 = eventType('organisation', 'UnitInspected', 1);

const year = z.number().int().min(1930).max(2200);
const grade = z
  .enum(['excellent', 'good', 'fair', 'average', 'weak'])
  .describe('xuất sắc (excellent), tốt (good), khá (fair), trung bình (average), kém (weak).');

export const WomenPopulationRecordedV1 = z
  .object({
    unitId: unitId.describe('The grassroots union or branch; also ce_subject.'),
    asOf: calendarDate.describe('The date the figure describes.'),
    women: z
      .number()
      .int()
      .min(0)
      .describe('Women aged 18+ present in the area: the denominator of the attraction rate.'),
  })
  .describe(
    'The women population (women aged 18+) of a unit’s area on a date. The latest asOf is in force; an earlier date entered later is history.',
  );

export const UnitRatedV1 = z
  .object({
    unitId: unitId.describe('The rated unit; also ce_subject.'),
    year: year.describe('The year rated.'),
    grade,
  })
  .describe('Xếp loại: the annual rating of a grassroots union or branch; one per unit and year.');

export const UnitRatingCorrectedV1 = z
  .object({
    unitId: unitId.describe('The rated unit; also ce_subject.'),
    year: year.describe('The year whose rating is corrected.'),
    grade: grade.describe('The grade in force from now on.'),
    previousGrade: grade.describe('The grade it supersedes.'),
    reason: z.string().max(500).describe('Why it was corrected.'),
  })
  .describe(
    'A correction of a year’s rating; it supersedes the earlier grade, which stays in history.',
  );

export const UnitInspectedV1 = z
  .object({
    unitId: unitId.describe('The inspected branch; also ce_subject.'),
    inspectionId: z.uuid().describe('The inspection id; consumers deduplicate on it.'),
    inspectedOn: calendarDate.describe('The day of the inspection.'),
    inspectorUnitId: unitId.describe('The unit above that inspected (district or grassroots).'),
    findings: z.string().max(4000).describe('What the inspection found (no personal data).'),
    passed: z.boolean().describe('Whether the unit complies with the union charter.'),
  })
  .describe('Kiểm tra điều lệ: a charter inspection of a branch by a unit above it.');

export type WomenPopulationRecordedV1Data = z.output<typeof WomenPopulationRecordedV1>;
export type UnitRatedV1Data = z.output<typeof UnitRatedV1>;
export type UnitRatingCorrectedV1Data = z.output<typeof UnitRatingCorrectedV1>;
export type UnitInspectedV1Data = z.output<typeof UnitInspectedV1>;
