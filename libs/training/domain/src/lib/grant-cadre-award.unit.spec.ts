import { deciderSpec } from '@vwu/platform-testing';
import { cadreDecider } from './cadre.decider';
import { CadreNotFoundError, InvalidCadreInputError } from './cadre.errors';
import type { CadreEvent } from './cadre.events';
import type { GrantCadreAward } from './grant-cadre-award';

const spec = deciderSpec(cadreDecider);
const ID = 'c1000000-0000-4000-8000-0000000000ff';
const existing: CadreEvent = {
  type: 'CadreRegistered',
  data: {
    cadreId: ID,
    unitId: '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1',
    ancestorIds: ['00000000-0000-4000-8000-000000000001'],
    memberId: null,
    birthYear: 1986,
    registeredOn: '2024-01-10',
    personal: 'sealed',
  },
};
const command: GrantCadreAward = {
  type: 'GrantCadreAward',
  cadreId: ID,
  award: 'good-grassroots-cadre',
  year: 2024,
  today: '2025-03-01',
};
const awarded: CadreEvent = {
  type: 'CadreAwarded',
  data: {
    cadreId: ID,
    award: 'good-grassroots-cadre',
    year: 2024,
    unitId: '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1',
  },
};

describe('Khen thưởng cán bộ — an award of a cadre for a year', () => {
  it('records CadreAwarded with her record’s unit, once per award and year', () => {
    spec.given([existing]).when(command).then([awarded]);
    spec.given([existing, awarded]).when(command).thenNothing();
    spec
      .given([existing, awarded])
      .when({ ...command, year: 2025 })
      .then([{ ...awarded, data: { ...awarded.data, year: 2025 } }]);
  });

  it('refuses an award not in the catalogue, a year to come, and a cadre that is not there', () => {
    spec
      .given([existing])
      .when({ ...command, award: 'hero' })
      .thenThrows(InvalidCadreInputError);
    spec
      .given([existing])
      .when({ ...command, year: 2026 })
      .thenThrows(InvalidCadreInputError);
    spec.given([]).when(command).thenThrows(CadreNotFoundError);
  });
});
