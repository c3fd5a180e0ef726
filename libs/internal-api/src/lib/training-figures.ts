import { z } from 'zod';

const count = z.number().int();

/** A target's numerator, denominator and share (null without a denominator). */
const ratio = (description: string) =>
  z
    .object({ count, of: count, share: z.number().nullable() })
    .describe(`${description} (share = count / of; null when of is 0).`);

const byTopicAndForm = z.object({
  total: count,
  byTopic: z.record(z.string(), count).describe('By topic code (it-digital-transformation, …).'),
  byForm: z.record(z.string(), count).describe('in-person, online.'),
});

/** A subtree's cadre and training figures (projections-training), monthly, like the members'. */
export const cadreFigures = z
  .object({
    active: count.describe('Cán bộ: cadres holding at least one post in the month of asOf.'),
    fullTime: count.describe('Chuyên trách: of them, full-time.'),
    party: count.describe('Đảng viên: of them, Party members.'),
    byPosition: z
      .record(z.string(), count)
      .describe('Posts held, by position (a cadre with two posts counts in each).'),
    byEducation: z.record(z.string(), count).describe('Trình độ chuyên môn of the active cadres.'),
    byPoliticalTheory: z
      .record(z.string(), count)
      .describe('Lý luận chính trị of the active cadres.'),
    ageBands: z.record(z.string(), count).describe('By the age reached in the year of asOf.'),
    target3: z
      .object({
        trainedInYear: ratio('Active cadres with a course completed in the year; plan: 100%'),
        fullTimeDigital: ratio(
          'Full-time cadres who have completed an IT/digital-transformation and a data-analysis course by asOf; plan: 100% by the end of the term',
        ),
      })
      .describe('Chỉ tiêu 3 (plan 39/KH-BCH): training of cadres.'),
    target4: z
      .object({
        leadersMaster: ratio(
          "Leaders of the city union's departments (head, deputy) and of its affiliated units (chairwoman, vice-chair) with a master's or higher; plan: 50% by 2025",
        ),
        keyCadresMaster: ratio(
          "Key cadres (chairwoman, vice-chair, standing committee) at city and district level, and commune level from 1 July 2025, with a master's or higher; plan: 35% by 2025",
        ),
        youngChairwomenUniversity: ratio(
          'Chairwomen of commune-level (grassroots) unions under 40 with a university degree or higher; plan: 100%',
        ),
      })
      .describe('Chỉ tiêu 4 (plan 39/KH-BCH): qualifications of cadres.'),
    vacancies: z
      .object({
        units: count.describe('Units below (and the unit) of a kind that has a chairwoman.'),
        withoutChairwoman: count.describe('Of them, with no chairwoman in the month of asOf.'),
      })
      .describe('Khuyết chủ tịch: units without a chairwoman.'),
    courses: byTopicAndForm.describe('Lớp bồi dưỡng: courses started in the year in the subtree.'),
    completions: byTopicAndForm.describe(
      'Hoàn thành: completions in the year by cadres whose record is in the subtree.',
    ),
  })
  .describe(
    'Cadre and training figures, monthly: a figure read on any day is that of its month (up to now in the current month).',
  );
