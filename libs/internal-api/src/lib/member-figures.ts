import { z } from 'zod';

const count = z.number().int();
const rate = z.number().nullable();

/** A subtree's membership figures (projections-membership), monthly: those of asOf's month. */
export const memberFigures = z
  .object({
    active: count.describe('Hội viên: active members in the subtree in the month of asOf.'),
    term: z
      .object({ from: count, to: count })
      .describe('Nhiệm kỳ: the congress term the year falls in (2022–2026, …).'),
    admittedInYear: count.describe('Kết nạp mới: admitted in the subtree in the year.'),
    admittedInTerm: count.describe('Admitted in the term up to asOf (plan: 40,000 in the city).'),
    readmittedInYear: count.describe('Kết nạp lại: re-admitted in the year.'),
    endedInYear: z
      .object({ left: count, deceased: count, removed: count })
      .describe('Ra khỏi Hội, từ trần, xoá tên: memberships ended in the year, by kind.'),
    specialGroups: z
      .record(z.string(), count)
      .describe('Nhóm đặc thù: active members by special group code.'),
    ageBands: z
      .object({ '18-30': count, '31-45': count, '46-59': count, '60+': count })
      .describe('Active members by the age they reach in the year of asOf.'),
    fees: z
      .object({
        paid: count,
        waived: count,
        unpaid: count,
        paymentRate: rate.describe('paid / (active − waived); null when none are liable.'),
      })
      .describe('Hội phí: the fee for the year, among active members.'),
    transfers: z
      .object({ in: count, out: count })
      .describe('Chuyển đến, chuyển đi: into and out of the subtree in the year.'),
    party: z
      .object({ introduced: count, admitted: count })
      .describe('Giới thiệu đảng viên, kết nạp Đảng: in the year.'),
    exemplary: count.describe('Hội viên tiêu biểu: recognised for the year.'),
    clubs: z
      .object({
        open: count.describe('Open clubs and models (CLB, mô hình) in the subtree.'),
        members: count.describe('Members in them (a member in two clubs counts twice).'),
        byType: z.record(z.string(), z.object({ clubs: count, members: count })),
      })
      .describe('Câu lạc bộ, mô hình: e.g. 15 domestic workers’ clubs with 450 members.'),
    attraction: z
      .object({
        womenPopulation: count.describe("The grassroots unions' latest women 18+ population."),
        rate: rate.describe('active / womenPopulation; null without a population.'),
        grassroots: count.describe('Grassroots unions in the subtree, itself included.'),
        grassrootsOver60: count.describe('Of them, with active members over 60% of their women.'),
        grassrootsOver60Share: rate.describe('Plan 39/KH-BCH target: 1 (100% of them).'),
      })
      .describe('Tỷ lệ thu hút hội viên: active members against the women 18+ of the area.'),
  })
  .describe(
    'Membership figures, monthly: a figure read on any day is that of its month (up to now in the current month).',
  );
