import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import {
  baDinh,
  branch5,
  giangVo,
  hanoi,
  hoanKiem,
  ID,
  kimMa,
  parentFrom,
} from './testing/unit-fixtures';
import { type MoveUnit } from './unit.commands';
import { unitDecider } from './unit.decider';
import { ChangeOutOfOrderError, UnitClosedError } from './unit-change.errors';
import {
  BeforeParentError,
  KindNotAllowedError,
  ParentNotFoundError,
  UnitCycleError,
  UnitNotFoundError,
} from './unit.errors';
import { type UnitEvent, type UnitMoved } from './unit.events';

const spec = deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE));

function move(overrides: Partial<Omit<MoveUnit, 'type'>> = {}): MoveUnit {
  return {
    type: 'MoveUnit',
    unitId: ID.kimMa,
    newParent: parentFrom(hoanKiem),
    movedOn: '2020-01-01',
    reason: 'moved',
    ...overrides,
  };
}

function moved(data: Partial<UnitMoved['data']> = {}): UnitMoved {
  return {
    type: 'UnitMoved',
    data: {
      unitId: ID.kimMa,
      previousParentId: ID.baDinh,
      parentId: ID.hoanKiem,
      ancestorIds: [ID.hanoi, ID.hoanKiem],
      movedOn: '2020-01-01',
      reason: 'moved',
      ...data,
    },
  };
}

const merged: UnitEvent = {
  type: 'UnitsMerged',
  data: { unitId: ID.kimMa, successorId: ID.giangVo, mergedOn: '2021-01-01' },
};

describe('MoveUnit', () => {
  it('puts the unit under the new parent with the new ancestors', () => {
    spec.given([kimMa]).when(move()).then([moved()]);
  });

  it('follows the catalogue on the day: a grassroots union under the city from 1 July 2025', () => {
    spec
      .given([kimMa])
      .when(move({ newParent: parentFrom(hanoi), movedOn: '2025-07-01' }))
      .then([moved({ parentId: ID.hanoi, ancestorIds: [ID.hanoi], movedOn: '2025-07-01' })]);
  });

  it('refuses a grassroots union under a district union after the reform', () => {
    spec
      .given([kimMa])
      .when(move({ movedOn: '2025-07-01' }))
      .thenThrows(KindNotAllowedError, { code: 'organisation.kind-not-allowed' });
  });

  it('refuses a parent of a kind the unit may never sit under', () => {
    spec
      .given([branch5])
      .when(move({ unitId: ID.branch5, newParent: parentFrom(baDinh) }))
      .thenThrows(KindNotAllowedError);
  });

  it('refuses a move under itself', () => {
    spec
      .given([baDinh])
      .when(move({ unitId: ID.baDinh, newParent: parentFrom(baDinh) }))
      .thenThrows(UnitCycleError, { code: 'organisation.cycle' });
  });

  it('refuses a move under one of its own descendants', () => {
    const under = { ...parentFrom(branch5), ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa] };
    spec
      .given([baDinh])
      .when(move({ unitId: ID.baDinh, newParent: under }))
      .thenThrows(UnitCycleError);
  });

  it('refuses a parent that is not active', () => {
    spec
      .given([kimMa])
      .when(move({ newParent: parentFrom(hoanKiem, false) }))
      .thenThrows(ParentNotFoundError, { code: 'organisation.parent-not-found' });
  });

  it('refuses a date before the new parent existed', () => {
    spec
      .given([kimMa])
      .when(move({ newParent: { ...parentFrom(hoanKiem), establishedOn: '2021-01-01' } }))
      .thenThrows(BeforeParentError, {
        message:
          'đơn vị cấp trên được thành lập ngày 2021-01-01; không thể trực thuộc đơn vị đó từ ngày 2020-01-01 — the parent was established on 2021-01-01; nothing can sit under it from 2020-01-01',
      });
  });

  it('refuses a date before the unit’s last change of place', () => {
    spec
      .given([kimMa, moved()])
      .when(move({ newParent: parentFrom(baDinh), movedOn: '2019-12-31' }))
      .thenThrows(ChangeOutOfOrderError, { code: 'organisation.change-out-of-order' });
  });

  it('may move on the day of the establishment and again on the day of the last move', () => {
    const on = kimMa.data.establishedOn;
    const first = moved({ movedOn: on });
    spec
      .given([kimMa])
      .when(move({ movedOn: on }))
      .then([first]);
    spec
      .given([kimMa, first])
      .when(move({ newParent: parentFrom(baDinh), movedOn: on }))
      .then([
        moved({
          movedOn: on,
          previousParentId: ID.hoanKiem,
          parentId: ID.baDinh,
          ancestorIds: [ID.hanoi, ID.baDinh],
        }),
      ]);
  });

  it('takes the previous parent from the latest move', () => {
    spec
      .given([kimMa, moved()])
      .when(move({ newParent: parentFrom(baDinh), movedOn: '2021-01-01' }))
      .then([
        moved({
          previousParentId: ID.hoanKiem,
          parentId: ID.baDinh,
          ancestorIds: [ID.hanoi, ID.baDinh],
          movedOn: '2021-01-01',
        }),
      ]);
  });

  it('decides nothing when the unit is under that parent already', () => {
    spec
      .given([kimMa])
      .when(move({ newParent: parentFrom(baDinh) }))
      .thenNothing();
  });

  it('records why a unit moved when its parent closed', () => {
    spec
      .given([branch5])
      .when(
        move({
          unitId: ID.branch5,
          newParent: parentFrom(giangVo),
          movedOn: '2021-01-01',
          reason: 'parent-merged',
        }),
      )
      .then([
        moved({
          unitId: ID.branch5,
          previousParentId: ID.kimMa,
          parentId: ID.giangVo,
          ancestorIds: [ID.hanoi, ID.baDinh, ID.giangVo],
          movedOn: '2021-01-01',
          reason: 'parent-merged',
        }),
      ]);
  });

  it('refuses a unit that does not exist', () => {
    spec.given([]).when(move()).thenThrows(UnitNotFoundError);
  });

  it('refuses a unit that was merged away', () => {
    spec
      .given([kimMa, merged])
      .when(move({ movedOn: '2022-01-01' }))
      .thenThrows(UnitClosedError, { code: 'organisation.unit-closed' });
  });
});
