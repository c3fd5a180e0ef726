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

  describe('flows (what happened) under a parent', () => {
    const isFlow = (key: string) => key.startsWith('admitted:');
    // A branch's members as its own segments: admissions counted from the month they happened.
    const branch = {
      kind: 'branch',
      segments: [
        { from: '2025-10-01', counts: { active: 1, 'admitted:2025': 1 } },
        { from: '2025-12-01', counts: { active: 3, 'admitted:2025': 3 } },
      ],
    };

    it("counts a unit's flows from before it first existed under its first parent, on their dates", () => {
      // Established on 4 December; its December and back-dated October admissions have no other parent.
      const established = {
        ...branch,
        since: '2025-12-04',
        spans: [{ from: '2025-12-04', to: OPEN_END }],
      };
      expect(rollUp([established], isFlow)).toEqual([
        { from: '2025-10-01', counts: { 'admitted:2025': 1 } },
        { from: '2025-12-01', counts: { 'admitted:2025': 3 } },
        { from: '2025-12-04', counts: { active: 3, 'admitted:2025': 3, branch: 1 } },
      ]);
    });

    it('leaves what happened before a move with the parent it happened under', () => {
      const before = {
        ...branch,
        since: '2025-01-01',
        spans: [{ from: '2025-01-01', to: '2025-11-15' }],
      };
      const after = {
        ...branch,
        since: '2025-01-01',
        spans: [{ from: '2025-11-15', to: OPEN_END }],
      };
      expect(countsAt(rollUp([before], isFlow), '2026-01-01')).toEqual({ 'admitted:2025': 1 });
      expect(countsAt(rollUp([after], isFlow), '2026-01-01')).toEqual({
        active: 3,
        'admitted:2025': 2,
        branch: 1,
      });
    });
  });
});
