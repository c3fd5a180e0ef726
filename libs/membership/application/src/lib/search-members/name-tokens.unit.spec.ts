import { namePrefixes, nameWords, queryPrefixes } from './name-tokens';

describe('name tokens for the member directory', () => {
  it('folds case, diacritics and đ, and splits on anything not a letter or digit', () => {
    expect(nameWords('Nguyễn Thị  Lan')).toEqual(['nguyen', 'thi', 'lan']);
    expect(nameWords('ĐẶNG Thuỳ-Dương')).toEqual(['dang', 'thuy', 'duong']);
    expect(nameWords('  ')).toEqual([]);
  });

  it('indexes every prefix of two letters or more, each once, and one-letter words whole', () => {
    expect(namePrefixes('Lê Thị Lan')).toEqual(['le', 'th', 'thi', 'la', 'lan']);
    expect(namePrefixes('Y Lan')).toEqual(['y', 'la', 'lan']);
  });

  it('looks a query up as the index cut it', () => {
    expect(queryPrefixes('nguyen LAN')).toEqual(['nguyen', 'lan']);
    expect(queryPrefixes('Nguyễnnnnnnnnn')).toEqual(['nguyennnnn']);
    const indexed = new Set(namePrefixes('Nguyễnnnnnnnnn Thị Lan'));
    for (const prefix of queryPrefixes('nguyễnnnnnnnnnnnnnn th'))
      expect(indexed.has(prefix)).toBe(true);
  });
});
