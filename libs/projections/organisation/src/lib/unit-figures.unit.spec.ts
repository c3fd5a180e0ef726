import { rollUp } from '@vwu/platform-counts-over-time';
import { isKind, ratingFigures, unitFacts } from './unit-figures';
import { OPEN_END } from './unit-read-model';

describe('rating and inspection figures rolled up with the units', () => {
  it('counts a unit once by kind and once per year it was rated or inspected', () => {
    const own = unitFacts({
      kind: 'branch',
      ratings: { 2023: 'fair', 2024: 'good' },
      inspectedYears: [2024],
    });
    expect(own).toEqual({
      branch: 1,
      'branch:rated:2023:fair': 1,
      'branch:rated:2024:good': 1,
      'branch:inspected:2024': 1,
    });
    expect(Object.keys(own).filter(isKind)).toEqual(['branch']);
    expect(unitFacts({ kind: 'group' })).toEqual({ group: 1 });
  });

  it('gives the figures of a subtree on a date: the branches that sat there then', () => {
    const branch = (grade: string, inspected: number[], from: string, to = OPEN_END) => ({
      kind: 'branch',
      own: unitFacts({ kind: 'branch', ratings: { 2024: grade }, inspectedYears: inspected }),
      spans: [{ from, to }],
      segments: [],
    });
    const segments = rollUp([
      branch('excellent', [2024], '2019-01-01'),
      branch('weak', [], '2019-01-01', '2025-07-01'), // merged away on 1 July 2025
      branch('fair', [2024], '2019-01-01'),
      branch('good', [], '2025-07-01'), // came with its merged ward
    ]);
    const on = (date: string) =>
      ratingFigures(segments.filter((s) => s.from <= date).at(-1)?.counts ?? {}, 'branch', 2024);
    expect(on('2025-06-30')).toEqual({
      total: 3,
      rated: 3,
      byGrade: { excellent: 1, good: 0, fair: 1, average: 0, weak: 1 },
      goodOrBetter: 1,
      goodOrBetterShare: 1 / 3,
      fairOrBetter: 2,
      weak: 1,
      notInspected: 1,
    });
    expect(on('2025-07-01')).toMatchObject({
      total: 3,
      goodOrBetter: 2,
      goodOrBetterShare: 2 / 3,
      weak: 0,
      notInspected: 1,
    });
    expect(on('2018-12-31')).toMatchObject({ total: 0, goodOrBetterShare: 0, notInspected: 0 });
    expect(ratingFigures({}, 'branch', 2030).rated).toBe(0);
  });
});
