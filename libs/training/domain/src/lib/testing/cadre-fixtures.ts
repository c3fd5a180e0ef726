import type { CadreUnitFacts, PositionAt, RegisterCadre } from '../cadre.commands';
import type { CadreAppointed, CadreRegistered } from '../cadre.events';
import { DEFAULT_POSITION_CATALOGUE } from '../cadre.values';

/** A small tree for the training decider's tests: a city, a ward under it, a branch of it. */
export const ID = {
  cadre: '11111111-1111-4111-8111-111111111111',
  city: '00000000-0000-4000-8000-000000000001',
  ward: '22222222-2222-4222-8222-222222222222',
  otherWard: '33333333-3333-4333-8333-333333333333',
  branch: '44444444-4444-4444-8444-444444444444',
  post: '55555555-5555-4555-8555-555555555555',
  post2: '66666666-6666-4666-8666-666666666666',
} as const;

export const TODAY = '2025-10-01';

export const WARD: CadreUnitFacts = {
  unitId: ID.ward,
  kind: 'grassroots',
  ancestorIds: [ID.city],
  active: true,
};
export const OTHER_WARD: CadreUnitFacts = { ...WARD, unitId: ID.otherWard };
export const BRANCH: CadreUnitFacts = {
  unitId: ID.branch,
  kind: 'branch',
  ancestorIds: [ID.city, ID.ward],
  active: true,
};

export function at(unit: CadreUnitFacts, position: string): PositionAt {
  return { unit, position, definition: DEFAULT_POSITION_CATALOGUE[position] };
}

export const REGISTER: RegisterCadre = {
  type: 'RegisterCadre',
  cadreId: ID.cadre,
  unit: WARD,
  memberId: null,
  birthDate: '1988-04-12',
  personal: 'sealed:v1:…',
  registeredOn: '2025-01-02',
  qualifications: [{ fact: 'education', value: 'master', since: '2015-06-30' }],
  today: TODAY,
};

export const REGISTERED: CadreRegistered = {
  type: 'CadreRegistered',
  data: {
    cadreId: ID.cadre,
    unitId: ID.ward,
    ancestorIds: [ID.city],
    memberId: null,
    birthYear: 1988,
    registeredOn: '2025-01-02',
    personal: 'sealed:v1:…',
  },
};

export const CHAIR_APPOINTED: CadreAppointed = {
  type: 'CadreAppointed',
  data: {
    cadreId: ID.cadre,
    postId: ID.post,
    unitId: ID.ward,
    ancestorIds: [ID.city],
    unitKind: 'grassroots',
    position: 'chairwoman',
    figures: ['head', 'key', 'unit-leadership'],
    appointedOn: '2025-02-01',
  },
};
