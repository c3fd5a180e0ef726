import { foldEvents } from '@vwu/platform-decider';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import { baDinh, ID } from './testing/unit-fixtures';
import { unitDecider } from './unit.decider';
import { type UnitRenamed } from './unit.events';
import { evolveUnit, initialUnitState } from './unit.state';

const decider = unitDecider(DEFAULT_UNIT_KIND_CATALOGUE);

const renamed: UnitRenamed = {
  type: 'UnitRenamed',
  data: {
    unitId: ID.baDinh,
    name: 'Hội LHPN quận Ba Đình mới',
    previousName: 'Hội LHPN quận Ba Đình',
    renamedOn: '2020-01-01',
  },
};

describe('the unit state', () => {
  it('starts not established', () => {
    expect(decider.initialState()).toEqual({ status: 'not-established' });
  });

  it('holds the establishment’s facts', () => {
    expect(foldEvents(decider, [baDinh])).toEqual({
      status: 'established',
      unitId: ID.baDinh,
      name: 'Hội LHPN quận Ba Đình',
      kind: 'district',
      parentId: ID.hanoi,
      establishedOn: '2019-01-01',
      lastChangeOn: '2019-01-01',
      closure: null,
      ratings: {},
      population: null,
      inspectionIds: [],
    });
  });

  it('changes only the name on a rename', () => {
    expect(foldEvents(decider, [baDinh, renamed])).toEqual({
      ...foldEvents(decider, [baDinh]),
      name: 'Hội LHPN quận Ba Đình mới',
    });
  });

  it('keeps the latest population figure by its date, not by when it was entered', () => {
    const recorded = (asOf: string, women: number) => ({
      type: 'WomenPopulationRecorded' as const,
      data: { unitId: ID.baDinh, asOf, women },
    });
    const state = foldEvents(decider, [
      baDinh,
      recorded('2024-01-01', 900),
      recorded('2023-01-01', 800),
    ]);
    expect(state).toMatchObject({ population: { asOf: '2024-01-01', women: 900 } });
  });

  it('ignores a rename that precedes any establishment (it cannot have been decided)', () => {
    expect(evolveUnit(initialUnitState(), renamed)).toEqual({ status: 'not-established' });
  });
});
