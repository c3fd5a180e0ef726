import { uniqueName } from './unique-name';

describe('uniqueName', () => {
  it('keeps the prefix and never repeats', () => {
    const names = new Set(Array.from({ length: 1000 }, () => uniqueName('topic')));
    expect(names.size).toBe(1000);
    for (const name of names) expect(name).toMatch(/^topic-[a-z0-9]+-[0-9a-f]{8}$/);
  });

  it('yields a name legal for Kafka topics and MongoDB databases', () => {
    const name = uniqueName('vwu test/ø');
    expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(name.startsWith('vwu-test--')).toBe(true);
  });
});
