import { type UnitRenamedV1Data, UNIT_RENAMED_V1, UnitRenamedV1 } from './unit-renamed.v1';

const example: UnitRenamedV1Data = {
  unitId: '3f1c2a64-5a3e-4f4b-9d61-0c8a2b7e9d10',
  name: 'Hội LHPN phường Kim Mã',
  previousName: 'Hội LHPN phường Kim Mã cũ',
  renamedOn: '2025-07-01',
};

/** The fields at fault, each once. */
function problemsWith(change: Record<string, unknown>): string[] {
  const result = UnitRenamedV1.safeParse({ ...example, ...change });
  return result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => issue.path.join('.')))];
}

describe(UNIT_RENAMED_V1, () => {
  it('is vn.vwu.organisation.UnitRenamed.v1', () => {
    expect(UNIT_RENAMED_V1).toBe('vn.vwu.organisation.UnitRenamed.v1');
  });

  it('accepts a rename', () => {
    expect(UnitRenamedV1.parse(example)).toEqual(example);
  });

  it('trims both names and drops fields it does not know', () => {
    const parsed = UnitRenamedV1.parse({
      ...example,
      name: ' Chi hội 5 ',
      previousName: 'Chi hội 4\n',
      reason: 'merger',
    });
    expect(parsed).toEqual({ ...example, name: 'Chi hội 5', previousName: 'Chi hội 4' });
  });

  it.each([
    ['unitId', 'not-a-uuid'],
    ['unitId', undefined],
    ['name', ''],
    ['name', 'x'.repeat(201)],
    ['previousName', ' '],
    ['previousName', 'x'.repeat(201)],
    ['previousName', undefined],
    ['renamedOn', '2025-02-30'],
    ['renamedOn', '2025-7-1'],
    ['renamedOn', undefined],
  ])('refuses %s %j', (field, value) => {
    expect(problemsWith({ [field]: value })).toEqual([field]);
  });
});
