import {
  type UnitEstablishedV1Data,
  UNIT_ESTABLISHED_V1,
  UnitEstablishedV1,
} from './unit-established.v1';

const example: UnitEstablishedV1Data = {
  unitId: '3f1c2a64-5a3e-4f4b-9d61-0c8a2b7e9d10',
  name: 'Hội LHPN phường Kim Mã',
  kind: 'grassroots',
  parentId: '0190a6e6-8b1e-7c3a-9f00-123456789abc',
  ancestorIds: ['0190a6e6-8b1e-7c3a-9f00-123456789abc'],
  establishedOn: '2025-07-01',
};

/** The fields at fault, each once. */
function problemsWith(change: Record<string, unknown>): string[] {
  const result = UnitEstablishedV1.safeParse({ ...example, ...change });
  return result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => issue.path.join('.')))];
}

describe(UNIT_ESTABLISHED_V1, () => {
  it('is vn.vwu.organisation.UnitEstablished.v1', () => {
    expect(UNIT_ESTABLISHED_V1).toBe('vn.vwu.organisation.UnitEstablished.v1');
  });

  it('accepts a unit under its parent', () => {
    expect(UnitEstablishedV1.parse(example)).toEqual(example);
  });

  it('accepts the root union, whose parent is null', () => {
    expect(
      problemsWith({
        parentId: null,
        ancestorIds: [],
        kind: 'province',
        name: 'Hội LHPN Thành phố Hà Nội',
      }),
    ).toEqual([]);
  });

  it('accepts a kind it does not list: kinds are deployment configuration', () => {
    expect(problemsWith({ kind: 'women-club' })).toEqual([]);
  });

  it('trims the name', () => {
    expect(UnitEstablishedV1.parse({ ...example, name: '  Chi hội 5  ' }).name).toBe('Chi hội 5');
  });

  it('tolerates and drops fields it does not know (additive evolution)', () => {
    const parsed = UnitEstablishedV1.parse({ ...example, foundingMembers: 12 });
    expect(parsed).toEqual(example);
  });

  it.each([
    ['unitId', 'not-a-uuid'],
    ['unitId', '3f1c2a64-5a3e-4f4b-9d61'],
    ['unitId', undefined],
    ['name', ''],
    ['name', '   '],
    ['name', 'x'.repeat(201)],
    ['name', undefined],
    ['kind', ''],
    ['kind', 'Province'],
    ['kind', 'chi hội'],
    ['kind', 'k'.repeat(51)],
    ['parentId', 'not-a-uuid'],
    ['parentId', undefined],
    ['ancestorIds', undefined],
    ['ancestorIds', ['not-a-uuid']],
    ['establishedOn', '2025-02-30'],
    ['establishedOn', '2023-02-29'],
    ['establishedOn', '2025-13-01'],
    ['establishedOn', '01/07/2025'],
    ['establishedOn', '2025-07-01T00:00:00Z'],
  ])('refuses %s %j', (field, value) => {
    // The field at fault, or an element of it.
    expect(problemsWith({ [field]: value }).map((path) => path.split('.')[0])).toEqual([field]);
  });

  it('accepts names of exactly 1 and 200 characters and 29 February in a leap year', () => {
    expect(problemsWith({ name: 'x' })).toEqual([]);
    expect(problemsWith({ name: 'x'.repeat(200) })).toEqual([]);
    expect(problemsWith({ establishedOn: '2024-02-29' })).toEqual([]);
  });
});
