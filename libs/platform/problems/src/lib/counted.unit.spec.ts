import { counted } from './counted';

describe('counted', () => {
  it('says one in the singular and any other count in the plural', () => {
    expect(counted(1, 'error')).toBe('1 error');
    expect(counted(0, 'error')).toBe('0 errors');
    expect(counted(3, 'child unit')).toBe('3 child units');
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
  });
});
