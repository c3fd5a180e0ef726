import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import {
  baDinh,
  firePolice,
  giangVo,
  hanoi,
  ID,
  kimMa,
  parentFrom,
  police,
} from './testing/unit-fixtures';
import { type DissolveUnit, type MergeUnit } from './unit.commands';
import { unitDecider } from './unit.decider';
import {
  ChangeOutOfOrderError,
  MergeKindMismatchError,
  SuccessorInsideUnitError,
  SuccessorNotFoundError,
  UnitClosedError,
  UnitNotEmptyError,
} from './unit-change.errors';
import { UnitNotFoundError } from './unit.errors';
import { type UnitDissolved, type UnitsMerged } from './unit.events';

const spec = deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE));

function merge(overrides: Partial<Omit<MergeUnit, 'type'>> = {}): MergeUnit {
  return {
    type: 'MergeUnit',
    unitId: ID.firePolice,
    successor: parentFrom(police),
    mergedOn: '2023-01-01',
    ...overrides,
  };
}

const merged: UnitsMerged = {
  type: 'UnitsMerged',
  data: { unitId: ID.firePolice, successorId: ID.police, mergedOn: '2023-01-01' },
};

function dissolve(overrides: Partial<Omit<DissolveUnit, 'type'>> = {}): DissolveUnit {
  return {
    type: 'DissolveUnit',
    unitId: ID.baDinh,
    dissolvedOn: '2025-07-01',
    successor: parentFrom(hanoi),
    childCount: 2,
    ...overrides,
  };
}

function dissolved(successorId: string | null): UnitDissolved {
  return {
    type: 'UnitDissolved',
    data: { unitId: ID.baDinh, successorId, dissolvedOn: '2025-07-01' },
  };
}

describe('MergeUnit', () => {
  it('closes the fire-police women’s union into the police women’s union', () => {
    spec.given([firePolice]).when(merge()).then([merged]);
  });

  it('decides nothing when the same merger is repeated (an interrupted merger resumes)', () => {
    spec.given([firePolice, merged]).when(merge()).thenNothing();
  });

  it('refuses another closure of a unit merged already', () => {
    spec
      .given([firePolice, merged])
      .when(merge({ successor: parentFrom(giangVo) }))
      .thenThrows(UnitClosedError, { code: 'organisation.unit-closed', closedOn: '2023-01-01' });
  });

  it('refuses a successor of another kind', () => {
    spec
      .given([firePolice])
      .when(merge({ successor: parentFrom(kimMa) }))
      .thenThrows(MergeKindMismatchError, { code: 'organisation.merge-kind-mismatch' });
  });

  it('refuses the unit itself, or a unit inside it, as successor', () => {
    spec
      .given([kimMa])
      .when(merge({ unitId: ID.kimMa, successor: parentFrom(kimMa) }))
      .thenThrows(SuccessorInsideUnitError);
    const inside = { ...parentFrom(giangVo), ancestorIds: [ID.hanoi, ID.baDinh] };
    spec
      .given([baDinh])
      .when(merge({ unitId: ID.baDinh, successor: inside }))
      .thenThrows(SuccessorInsideUnitError, { code: 'organisation.successor-inside-unit' });
  });

  it('refuses a successor that is not active', () => {
    spec
      .given([firePolice])
      .when(merge({ successor: parentFrom(police, false) }))
      .thenThrows(SuccessorNotFoundError, { code: 'organisation.successor-not-found' });
  });

  it('refuses a date on or before the establishment', () => {
    spec
      .given([firePolice])
      .when(merge({ mergedOn: firePolice.data.establishedOn }))
      .thenThrows(ChangeOutOfOrderError);
  });

  it('refuses a unit that does not exist', () => {
    spec.given([]).when(merge()).thenThrows(UnitNotFoundError);
  });
});

describe('DissolveUnit', () => {
  it('ends a district union, its children going to the city union (the 2025 reform)', () => {
    spec
      .given([baDinh])
      .when(dissolve())
      .then([dissolved(ID.hanoi)]);
  });

  it('ends an empty unit without a successor', () => {
    spec
      .given([baDinh])
      .when(dissolve({ successor: null, childCount: 0 }))
      .then([dissolved(null)]);
  });

  it('refuses a unit with children and no successor', () => {
    spec
      .given([baDinh])
      .when(dissolve({ successor: null, childCount: 2 }))
      .thenThrows(UnitNotEmptyError, { code: 'organisation.unit-not-empty', childCount: 2 });
  });

  it('decides nothing when repeated, and refuses a different closure afterwards', () => {
    spec
      .given([baDinh, dissolved(ID.hanoi)])
      .when(dissolve())
      .thenNothing();
    spec
      .given([baDinh, dissolved(ID.hanoi)])
      .when(dissolve({ successor: null, childCount: 0 }))
      .thenThrows(UnitClosedError);
  });

  it('refuses a successor inside the unit', () => {
    const inside = { ...parentFrom(kimMa), ancestorIds: [ID.hanoi, ID.baDinh] };
    spec
      .given([baDinh])
      .when(dissolve({ successor: inside }))
      .thenThrows(SuccessorInsideUnitError);
  });

  it('refuses a successor that is not active', () => {
    spec
      .given([baDinh])
      .when(dissolve({ successor: parentFrom(hanoi, false) }))
      .thenThrows(SuccessorNotFoundError);
  });
});
