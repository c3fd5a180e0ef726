import { deciderSpec } from '@vwu/platform-testing';
import {
  memberOrganisationDecider,
  MemberOrganisationDateError,
  MemberOrganisationNotFoundError,
  type JoinMemberOrganisation,
  type MemberOrganisationEvent,
} from './member-organisation';
import { InvalidNameError } from './unit.errors';

const spec = deciderSpec(memberOrganisationDecider);
const ORG = '00000000-0000-4000-8000-0000000000b1';
const ROOT = '00000000-0000-4000-8000-000000000001';

const join = (o: Partial<JoinMemberOrganisation> = {}): JoinMemberOrganisation => ({
  type: 'JoinMemberOrganisation',
  organisationId: ORG,
  name: ' Hội  Nữ trí thức Hà Nội ',
  unionId: ROOT,
  joinedOn: '2021-03-08',
  ...o,
});
const joined: MemberOrganisationEvent = {
  type: 'MemberOrganisationJoined',
  data: {
    organisationId: ORG,
    name: 'Hội Nữ trí thức Hà Nội',
    unionId: ROOT,
    joinedOn: '2021-03-08',
  },
};
const left: MemberOrganisationEvent = {
  type: 'MemberOrganisationLeft',
  data: { organisationId: ORG, leftOn: '2024-01-01', reason: 'Giải thể' },
};
const leave = {
  type: 'LeaveMemberOrganisation',
  organisationId: ORG,
  leftOn: '2024-01-01',
  reason: ' Giải thể ',
} as const;

describe('member organisations', () => {
  it('joins with a normalised name', () => {
    spec.given([]).when(join()).then([joined]);
  });

  it('decides nothing when it is a member already', () => {
    spec.given([joined]).when(join()).thenNothing();
  });

  it('refuses an empty name', () => {
    spec
      .given([])
      .when(join({ name: '  ' }))
      .thenThrows(InvalidNameError);
  });

  it('finds no member organisation under the id of a unit (another kind of stream)', () => {
    const unitEvent = {
      type: 'UnitEstablished',
      data: { unitId: ORG, name: 'Hội LHPN phường Kim Mã', kind: 'grassroots' },
    } as unknown as MemberOrganisationEvent;
    spec.given([unitEvent]).when(leave).thenThrows(MemberOrganisationNotFoundError);
  });

  it('leaves, with the reason', () => {
    spec.given([joined]).when(leave).then([left]);
  });

  it('decides nothing when it has left already; cannot leave before joining', () => {
    spec.given([joined, left]).when(leave).thenNothing();
    spec.given([]).when(leave).thenThrows(MemberOrganisationNotFoundError, {
      code: 'organisation.member-organisation-not-found',
    });
  });

  it('may join again after leaving, not before it left', () => {
    spec
      .given([joined, left])
      .when(join({ joinedOn: '2025-01-01' }))
      .then([{ ...joined, data: { ...joined.data, joinedOn: '2025-01-01' } }]);
    spec
      .given([joined, left])
      .when(join({ joinedOn: '2023-01-01' }))
      .thenThrows(MemberOrganisationDateError);
    spec
      .given([joined])
      .when({ ...leave, leftOn: '2020-01-01' })
      .thenThrows(MemberOrganisationDateError);
  });
});
