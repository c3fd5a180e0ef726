import {
  isValidUnitName,
  MAX_UNIT_NAME_LENGTH,
  normaliseUnitName,
  siblingNameKey,
} from './unit-name';

describe('normaliseUnitName', () => {
  it('composes Vietnamese typed decomposed (NFD) into NFC', () => {
    const typed = 'Hội LHPN phường Kim Mã'.normalize('NFD');
    expect(typed).not.toBe('Hội LHPN phường Kim Mã'.normalize('NFC'));
    expect(normaliseUnitName(typed)).toBe('Hội LHPN phường Kim Mã'.normalize('NFC'));
  });

  it('trims and collapses every run of whitespace (tabs, newlines, no-break spaces) to one space', () => {
    expect(normaliseUnitName(' \tChi hội \u00a0 tổ dân phố\n5  ')).toBe('Chi hội tổ dân phố 5');
  });

  it('keeps case and diacritics', () => {
    expect(normaliseUnitName('Hội LHPN Phường Đống Đa')).toBe('Hội LHPN Phường Đống Đa');
  });

  it('leaves nothing of a blank name', () => {
    expect(normaliseUnitName(' \t\n ')).toBe('');
  });
});

describe('siblingNameKey', () => {
  it('makes names that differ in case, spacing or Unicode form collide', () => {
    const key = siblingNameKey('Chi hội 5');
    expect(siblingNameKey(' chi  HỘI 5 ')).toBe(key);
    expect(siblingNameKey('CHI HỘI 5'.normalize('NFD'))).toBe(key);
    expect(key).toBe('chi hội 5');
  });

  it('lower-cases Đ to đ and keeps the diacritics that tell names apart', () => {
    expect(siblingNameKey('Tổ ĐỐNG ĐA')).toBe('tổ đống đa');
    expect(siblingNameKey('Chi hội Hà Đông')).not.toBe(siblingNameKey('Chi hội Hà Dong'));
  });
});

describe('isValidUnitName', () => {
  it('accepts 1 to 200 characters', () => {
    expect(isValidUnitName('')).toBe(false);
    expect(isValidUnitName('A')).toBe(true);
    expect(isValidUnitName('a'.repeat(MAX_UNIT_NAME_LENGTH))).toBe(true);
    expect(isValidUnitName('a'.repeat(MAX_UNIT_NAME_LENGTH + 1))).toBe(false);
  });
});
