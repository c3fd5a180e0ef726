import { deciderSpec } from '@vwu/platform-testing';
import { cadreDecider } from './cadre.decider';
import {
  CadreErasedError,
  CadreNotFoundError,
  InvalidCadreInputError,
  PositionNotAtUnitKindError,
} from './cadre.errors';
import type { CadreEvent } from './cadre.events';
import type { PlanCadreSuccession } from './plan-cadre-succession';
import { at, BRANCH, ID, REGISTERED, TODAY, WARD } from './testing/cadre-fixtures';

const spec = deciderSpec(cadreDecider);
const command: PlanCadreSuccession = {
  type: 'PlanCadreSuccession',
  cadreId: ID.cadre,
  at: at(WARD, 'chairwoman'),
  term: '2026-2031',
};
const planned: CadreEvent = {
  type: 'CadreSuccessionPlanned',
  data: {
    cadreId: ID.cadre,
    unitId: ID.ward,
    ancestorIds: [ID.city],
    position: 'chairwoman',
    term: '2026-2031',
  },
};

describe('Quy hoạch cán bộ — a plan for a position at a unit for a term', () => {
  it('records the plan once per unit, position and term', () => {
    spec.given([REGISTERED]).when(command).then([planned]);
    spec.given([REGISTERED, planned]).when(command).thenNothing();
    spec
      .given([REGISTERED, planned])
      .when({ ...command, term: '2031-2036' })
      .then([{ ...planned, data: { ...planned.data, term: '2031-2036' } }]);
  });

  it('refuses a position the unit’s kind lacks, a bad term, an erased cadre, none at all', () => {
    spec
      .given([REGISTERED])
      .when({ ...command, at: at(BRANCH, 'chairwoman') })
      .thenThrows(PositionNotAtUnitKindError);
    spec
      .given([REGISTERED])
      .when({ ...command, term: '2026' })
      .thenThrows(InvalidCadreInputError);
    const erased: CadreEvent = {
      type: 'CadreErased',
      data: { cadreId: ID.cadre, erasedOn: TODAY },
    };
    spec.given([REGISTERED, erased]).when(command).thenThrows(CadreErasedError);
    spec.given([]).when(command).thenThrows(CadreNotFoundError);
  });
});
