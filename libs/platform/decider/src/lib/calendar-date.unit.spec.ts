import { ageOn, isCalendarDate, isWithin } from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2025-07-01', '2024-02-29', '2000-02-29', '1930-10-20', '2025-12-31', '2025-04-30'])(
    'accepts %j',
    (text) => {
      expect(isCalendarDate(text)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-01',
    '25-01-01',
    ' 2025-01-01',
    '2025-01-01T00:00',
    '2025/01/01',
    '',
  ])('refuses %j', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe('isWithin', () => {
  it('includes both ends and treats a missing end as open', () => {
    const period = { from: '2025-01-01', until: '2025-06-30' };
    expect(isWithin('2025-01-01', period)).toBe(true);
    expect(isWithin('2025-06-30', period)).toBe(true);
    expect(isWithin('2024-12-31', period)).toBe(false);
    expect(isWithin('2025-07-01', period)).toBe(false);
    expect(isWithin('1900-01-01', { until: '2025-06-30' })).toBe(true);
    expect(isWithin('2999-01-01', { from: '2025-01-01' })).toBe(true);
    expect(isWithin('2025-01-01', undefined)).toBe(true);
  });
});

describe('ageOn', () => {
  it('counts full years, the birthday itself included', () => {
    expect(ageOn('2007-07-01', '2025-06-30')).toBe(17);
    expect(ageOn('2007-07-01', '2025-07-01')).toBe(18);
    expect(ageOn('1960-12-31', '2025-01-01')).toBe(64);
    // Born on 29 February: 18 on 1 March of a common year.
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });
});
