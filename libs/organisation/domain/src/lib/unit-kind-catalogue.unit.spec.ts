import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import { InvalidCatalogueError, unitDecider } from './unit.decider';
import {
  isKindInForce,
  kindDefinition,
  maySitUnder,
  type UnitKindCatalogue,
  type UnitKindDefinition,
} from './unit-kind-catalogue';
import { validateCatalogue } from './validate-catalogue';

const label = { vi: 'Thử', en: 'Test' };

/** A root 'province' and a 'branch' under it, with the given extra or replaced kinds. */
function catalogue(
  kinds: Record<string, UnitKindDefinition>,
  rootKind = 'province',
): UnitKindCatalogue {
  return {
    rootKind,
    kinds: {
      province: { label, parents: [] },
      branch: { label, parents: [{ kind: 'province' }] },
      ...kinds,
    },
  };
}

function problemsOf(candidate: UnitKindCatalogue): [string, string][] {
  return validateCatalogue(candidate).map((problem) => [problem.code, problem.kind]);
}

describe('the default catalogue', () => {
  it('is valid', () => {
    expect(validateCatalogue(DEFAULT_UNIT_KIND_CATALOGUE)).toEqual([]);
  });

  it('has the kinds the API uses, each with a Vietnamese and an English label', () => {
    const { kinds, rootKind } = DEFAULT_UNIT_KIND_CATALOGUE;
    expect(rootKind).toBe('province');
    expect(Object.keys(kinds)).toEqual([
      'province',
      'district',
      'affiliated',
      'grassroots',
      'branch',
      'group',
    ]);
    expect(kinds['grassroots']?.label).toEqual({ vi: 'Cơ sở Hội', en: "Grassroots women's union" });
    expect(kinds['branch']?.label.vi).toBe('Chi hội');
    expect(kinds['group']?.label.vi).toBe('Tổ phụ nữ');
  });
});

describe('validateCatalogue', () => {
  it('finds a missing root kind', () => {
    // 'province' is then an ordinary kind without parents, reported as well.
    expect(problemsOf(catalogue({}, 'city'))).toEqual([
      ['root-kind-missing', 'city'],
      ['no-possible-parent', 'province'],
    ]);
  });

  it('finds a root kind with parents', () => {
    expect(
      problemsOf(catalogue({ province: { label, parents: [{ kind: 'branch' }] } })),
    ).toContainEqual(['root-has-parents', 'province']);
  });

  it('finds an unknown parent kind', () => {
    expect(problemsOf(catalogue({ group: { label, parents: [{ kind: 'brnach' }] } }))).toEqual([
      ['unknown-parent-kind', 'group'],
      ['no-possible-parent', 'group'],
    ]);
  });

  it.each([
    ['no parent rules', { label, parents: [] }],
    [
      'rules outside its time in force',
      {
        label,
        inForce: { from: '2026-01-01' },
        parents: [{ kind: 'province', until: '2025-12-31' }],
      },
    ],
    [
      'rules that end before parents of that kind exist',
      { label, parents: [{ kind: 'late', until: '2019-12-31' }] },
    ],
  ])('finds a kind that can never have a parent: %s', (_, definition: UnitKindDefinition) => {
    const late: UnitKindDefinition = {
      label,
      inForce: { from: '2020-01-01' },
      parents: [{ kind: 'province' }],
    };
    expect(problemsOf(catalogue({ late, orphan: definition }))).toEqual([
      ['no-possible-parent', 'orphan'],
    ]);
  });

  it('accepts a rule that outlives its parent kind: existing parents keep their children', () => {
    const old: UnitKindDefinition = {
      label,
      inForce: { until: '2019-12-31' },
      parents: [{ kind: 'province' }],
    };
    const child: UnitKindDefinition = { label, parents: [{ kind: 'old', from: '2024-01-01' }] };
    expect(problemsOf(catalogue({ old, child }))).toEqual([]);
  });

  it('finds kinds that only sit under each other, never reaching the root', () => {
    expect(
      problemsOf(
        catalogue({
          ring: { label, parents: [{ kind: 'club' }] },
          club: { label, parents: [{ kind: 'ring' }] },
        }),
      ),
    ).toEqual([
      ['unreachable-from-root', 'ring'],
      ['unreachable-from-root', 'club'],
    ]);
  });

  it.each(['2025-02-29', '2025-6-30', '30/06/2025'])(
    'finds the date %j that is not real',
    (date) => {
      expect(
        problemsOf(
          catalogue({
            a: { label, inForce: { until: date }, parents: [{ kind: 'province' }] },
            b: { label, parents: [{ kind: 'province', from: date }] },
          }),
        ),
      ).toEqual(
        expect.arrayContaining([
          ['invalid-date', 'a'],
          ['invalid-date', 'b'],
        ]),
      );
    },
  );

  it('finds periods that start after they end', () => {
    const backwards = { from: '2025-07-01', until: '2025-06-30' };
    expect(
      problemsOf(
        catalogue({
          a: { label, inForce: backwards, parents: [{ kind: 'province' }] },
          b: { label, parents: [{ kind: 'province', ...backwards }, { kind: 'province' }] },
        }),
      ),
    ).toEqual([
      ['empty-period', 'a'],
      ['no-possible-parent', 'a'],
      ['empty-period', 'b'],
    ]);
  });

  it('accepts a period of one day', () => {
    const oneDay = { from: '2025-07-01', until: '2025-07-01' };
    expect(
      problemsOf(
        catalogue({ a: { label, inForce: oneDay, parents: [{ kind: 'province', ...oneDay }] } }),
      ),
    ).toEqual([]);
  });

  it.each(['Club', 'chi hội', '1club', 'c'.repeat(51)])(
    'finds the kind id %j that the public events would refuse',
    (kind) => {
      expect(problemsOf(catalogue({ [kind]: { label, parents: [{ kind: 'province' }] } }))).toEqual(
        [['invalid-kind-id', kind]],
      );
    },
  );

  it('finds a missing label', () => {
    expect(
      problemsOf(
        catalogue({ a: { label: { vi: ' ', en: 'A' }, parents: [{ kind: 'province' }] } }),
      ),
    ).toEqual([['missing-label', 'a']]);
  });

  it('says in English what is wrong', () => {
    expect(validateCatalogue(catalogue({ a: { label, parents: [{ kind: 'x' }] } }))).toContainEqual(
      {
        code: 'unknown-parent-kind',
        kind: 'a',
        message: "kind 'a' names an unknown parent kind 'x'",
      },
    );
  });
});

describe('unitDecider', () => {
  it('refuses a catalogue with problems, listing them', () => {
    const broken = catalogue({}, 'city');
    expect(() => unitDecider(broken)).toThrow(InvalidCatalogueError);
    expect(() => unitDecider(broken)).toThrow(
      "invalid unit kind catalogue: the root kind 'city' is not defined; kind 'province' can never have a parent",
    );
  });
});

describe('the catalogue’s rules', () => {
  const district = DEFAULT_UNIT_KIND_CATALOGUE.kinds['district'] as UnitKindDefinition;

  it('find own kinds only', () => {
    expect(kindDefinition(DEFAULT_UNIT_KIND_CATALOGUE, 'district')).toBe(district);
    expect(kindDefinition(DEFAULT_UNIT_KIND_CATALOGUE, 'hasOwnProperty')).toBeUndefined();
  });

  it('include both ends of a period', () => {
    expect(isKindInForce(district, '1930-10-20')).toBe(true);
    expect(isKindInForce(district, '2025-06-30')).toBe(true);
    expect(isKindInForce(district, '2025-07-01')).toBe(false);
    expect(maySitUnder(district, 'province', '2025-06-30')).toBe(true);
    expect(maySitUnder(district, 'province', '2025-07-01')).toBe(false);
    expect(maySitUnder(district, 'district', '2020-01-01')).toBe(false);
  });
});
