import { countsAt, OPEN_END, rollUp, type Segment } from './counts-over-time';

describe('counts over time', () => {
  const segments: Segment[] = [
    { from: '2019-01-01', counts: { branch: 2 } },
    { from: '2022-03-01', counts: { branch: 3, group: 1 } },
    { from: '2025-06-01', counts: {} },
  ];

  it('reads the segment in force on a date, none before the first', () => {
    expect(countsAt(segments, '2018-12-31')).toEqual({});
    expect(countsAt(segments, '2019-01-01')).toEqual({ branch: 2 });
    expect(countsAt(segments, '2022-02-28')).toEqual({ branch: 2 });
    expect(countsAt(segments, '2022-03-01')).toEqual({ branch: 3, group: 1 });
    expect(countsAt(segments, '2030-01-01')).toEqual({});
    expect(countsAt([], '2030-01-01')).toEqual({});
  });

  it('counts a child and its subtree only for the days it sat under the parent', () => {
    const grassroots = { kind: 'grassroots', segments };
    expect(rollUp([{ ...grassroots, spans: [{ from: '2020-01-01', to: '2024-01-01' }] }])).toEqual([
      { from: '2020-01-01', counts: { branch: 2, grassroots: 1 } },
      { from: '2022-03-01', counts: { branch: 3, grassroots: 1, group: 1 } },
      { from: '2024-01-01', counts: {} },
    ]);
    // Left, came back, and a same-day establishment and move that never sat there at all.
    const spans = [
      { from: '2018-01-01', to: '2019-06-01' },
      { from: '2019-06-01', to: '2019-06-01' },
      { from: '2025-01-01', to: OPEN_END },
    ];
    expect(rollUp([{ ...grassroots, spans }])).toEqual([
      { from: '2018-01-01', counts: { grassroots: 1 } },
      { from: '2019-01-01', counts: { branch: 2, grassroots: 1 } },
      { from: '2019-06-01', counts: {} },
      { from: '2025-01-01', counts: { branch: 3, grassroots: 1, group: 1 } },
      { from: '2025-06-01', counts: { grassroots: 1 } },
    ]);
  });

  it('adds up children and merges days on which nothing changes', () => {
    const branch = (from: string, to: string) => ({
      kind: 'branch',
      spans: [{ from, to }],
      segments: [],
    });
    expect(
      rollUp([
        branch('2019-01-01', '2025-07-01'),
        branch('2020-01-01', OPEN_END),
        // One branch leaves on the day another arrives: the count stays, so does the segment.
        branch('2025-07-01', OPEN_END),
      ]),
    ).toEqual([
      { from: '2019-01-01', counts: { branch: 1 } },
      { from: '2020-01-01', counts: { branch: 2 } },
    ]);
    expect(rollUp([])).toEqual([]);
  });
});
