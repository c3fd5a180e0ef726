import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import {
  baDinh,
  branch5,
  firePolice,
  giangVo,
  hanoi,
  hoanKiem,
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
import { type UnitDissolved, type UnitEvent, type UnitsMerged } from './unit.events';

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
    const inside = { ...parentFrom(hoanKiem), ancestorIds: [ID.hanoi, ID.baDinh] };
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

  it('may merge on the day of the establishment (established and merged on the reform day)', () => {
    const on = firePolice.data.establishedOn;
    spec
      .given([firePolice])
      .when(merge({ mergedOn: on }))
      .then([{ type: 'UnitsMerged', data: { ...merged.data, mergedOn: on } }]);
  });

  it('refuses a date before the establishment, saying when the unit was established', () => {
    spec
      .given([firePolice])
      .when(merge({ mergedOn: '2012-02-29' }))
      .thenThrows(ChangeOutOfOrderError, {
        code: 'organisation.change-out-of-order',
        message:
          'đơn vị được thành lập ngày 2012-03-01; không thể sáp nhập từ ngày 2012-02-29, trước ngày đó — the unit was established on 2012-03-01; a merger on 2012-02-29 cannot precede it',
      });
  });

  it('may merge on the day of the unit’s last move, and not before it', () => {
    const movedOn = '2025-07-01';
    const movedEvent: UnitEvent = {
      type: 'UnitMoved',
      data: {
        unitId: ID.firePolice,
        previousParentId: ID.hanoi,
        parentId: ID.police,
        ancestorIds: [ID.hanoi, ID.police],
        movedOn,
        reason: 'moved',
      },
    };
    spec
      .given([firePolice, movedEvent])
      .when(merge({ mergedOn: movedOn }))
      .then([{ type: 'UnitsMerged', data: { ...merged.data, mergedOn: movedOn } }]);
    spec
      .given([firePolice, movedEvent])
      .when(merge({ mergedOn: '2025-06-30' }))
      .thenThrows(ChangeOutOfOrderError, {
        message:
          'thay đổi gần nhất của đơn vị có hiệu lực từ ngày 2025-07-01; không thể sáp nhập từ ngày 2025-06-30, trước ngày đó — the unit last changed on 2025-07-01; a merger on 2025-06-30 cannot precede it',
      });
  });

  it('checks the kind before where the successor lies: a branch merged into its own group', () => {
    const ownGroup = {
      unitId: ID.group3,
      kind: 'group',
      ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa, ID.branch5],
      establishedOn: '2020-01-01',
      active: true,
    };
    spec
      .given([branch5])
      .when(merge({ unitId: ID.branch5, successor: ownGroup }))
      .thenThrows(MergeKindMismatchError, {
        code: 'organisation.merge-kind-mismatch',
        message:
          "đơn vị loại 'branch' chỉ có thể sáp nhập vào đơn vị cùng loại, không phải loại 'group' — a 'branch' can only be merged into a unit of its kind, not a 'group'",
      });
  });

  it('says into which unit and from when a merged unit was merged', () => {
    spec
      .given([firePolice, merged])
      .when(merge({ successor: parentFrom(giangVo) }))
      .thenThrows(UnitClosedError, {
        message: `đơn vị ${ID.firePolice} đã sáp nhập vào đơn vị ${ID.police} từ ngày 2023-01-01 — unit ${ID.firePolice} was merged into ${ID.police} on 2023-01-01`,
      });
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

  it('may dissolve on the day of the establishment, and says when it was dissolved', () => {
    const on = baDinh.data.establishedOn;
    const dissolvedThen: UnitDissolved = {
      type: 'UnitDissolved',
      data: { unitId: ID.baDinh, successorId: null, dissolvedOn: on },
    };
    spec
      .given([baDinh])
      .when(dissolve({ successor: null, childCount: 0, dissolvedOn: on }))
      .then([dissolvedThen]);
    spec
      .given([baDinh, dissolvedThen])
      .when(dissolve())
      .thenThrows(UnitClosedError, {
        message: `đơn vị ${ID.baDinh} đã giải thể từ ngày ${on} — unit ${ID.baDinh} was dissolved on ${on}`,
      });
  });

  it('refuses a successor that is not active', () => {
    spec
      .given([baDinh])
      .when(dissolve({ successor: parentFrom(hanoi, false) }))
      .thenThrows(SuccessorNotFoundError);
  });
});
