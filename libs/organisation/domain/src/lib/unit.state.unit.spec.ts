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
      ancestorIds: [ID.hanoi],
      establishedOn: '2019-01-01',
    });
  });

  it('changes only the name on a rename', () => {
    expect(foldEvents(decider, [baDinh, renamed])).toEqual({
      ...foldEvents(decider, [baDinh]),
      name: 'Hội LHPN quận Ba Đình mới',
    });
  });

  it('ignores a rename that precedes any establishment (it cannot have been decided)', () => {
    expect(evolveUnit(initialUnitState(), renamed)).toEqual({ status: 'not-established' });
  });
});
