import { deciderSpec } from '@vwu/platform-testing';
import { MemberErasedError, MemberNotActiveError, MemberNotFoundError } from '../member.errors';
import { BRANCH_5, CITY, MEMBER, WARD } from '../testing/member-fixtures';
import type { ClubMemberFacts, FoundClub, JoinClub, LeaveClub } from './club.commands';
import { clubDecider, clubStreamId } from './club.decider';
import {
  ClubDissolvedError,
  ClubExistsError,
  ClubNotFoundError,
  InvalidClubInputError,
  NotAClubUnitError,
  NotInClubError,
} from './club.errors';
import type { ClubEvent } from './club.events';
import { clubTypeLabel, isClubType } from './club.values';

const spec = deciderSpec(clubDecider);
const CLUB = 'c1000000-0000-4000-8000-000000000001';
const OTHER = '9f0c1a2b-3c4d-4e5f-8a9b-000000000002';
const TODAY = '2025-06-01';
const ward = { unitId: WARD, kind: 'grassroots', ancestorIds: [CITY], active: true };

const found = (o: Partial<FoundClub> = {}): FoundClub => ({
  type: 'FoundClub',
  clubId: CLUB,
  unit: ward,
  name: '  CLB   giúp việc gia đình Kim Mã ',
  clubType: 'domestic-workers',
  foundedOn: '2024-01-15',
  today: TODAY,
  ...o,
});
const founded: ClubEvent = {
  type: 'ClubFounded',
  data: {
    clubId: CLUB,
    unitId: WARD,
    ancestorIds: [CITY],
    name: 'CLB giúp việc gia đình Kim Mã',
    clubType: 'domestic-workers',
    foundedOn: '2024-01-15',
  },
};
const active: ClubMemberFacts = { memberId: MEMBER, status: 'active', erased: false };
const join = (o: Partial<JoinClub> = {}): JoinClub => ({
  type: 'JoinClub',
  clubId: CLUB,
  member: active,
  joinedOn: '2024-03-01',
  today: TODAY,
  ...o,
});
const joined = (memberId = MEMBER, joinedOn = '2024-03-01'): ClubEvent => ({
  type: 'ClubMemberJoined',
  data: { clubId: CLUB, memberId, joinedOn },
});
const leave = (o: Partial<LeaveClub> = {}): LeaveClub => ({
  type: 'LeaveClub',
  clubId: CLUB,
  memberId: MEMBER,
  leftOn: '2024-09-01',
  reason: 'left-club',
  today: TODAY,
  ...o,
});
const dissolve = {
  type: 'DissolveClub',
  clubId: CLUB,
  dissolvedOn: '2025-01-01',
  today: TODAY,
} as const;
const dissolved: ClubEvent = {
  type: 'ClubDissolved',
  data: { clubId: CLUB, dissolvedOn: '2025-01-01', memberCount: 1 },
};

describe('founding a club (thành lập CLB, mô hình)', () => {
  it('founds it under an active grassroots union or branch, its name tidied', () => {
    spec.given([]).when(found()).then([founded]);
    const branch = { ...found({ unit: BRANCH_5 }) };
    spec
      .given([])
      .when(branch)
      .then([
        {
          ...founded,
          data: { ...founded.data, unitId: BRANCH_5.unitId, ancestorIds: BRANCH_5.ancestorIds },
        },
      ]);
    expect(clubStreamId(CLUB)).toBe(`club-${CLUB}`);
  });

  it('refuses a closed unit, a kind that hosts no club, an unknown type, no name, a day to come', () => {
    spec
      .given([])
      .when(found({ unit: { ...ward, active: false } }))
      .thenThrows(NotAClubUnitError, { code: 'membership.not-a-club-unit' });
    for (const kind of ['province', 'district', 'group'])
      spec
        .given([])
        .when(found({ unit: { ...ward, kind } }))
        .thenThrows(NotAClubUnitError);
    spec
      .given([])
      .when(found({ clubType: 'chess' as 'entrepreneurs' }))
      .thenThrows(InvalidClubInputError, { code: 'membership.club-invalid' });
    spec
      .given([])
      .when(found({ name: '   ' }))
      .thenThrows(InvalidClubInputError);
    spec
      .given([])
      .when(found({ name: 'x'.repeat(201) }))
      .thenThrows(InvalidClubInputError);
    spec
      .given([])
      .when(found({ foundedOn: '2025-06-02' }))
      .thenThrows(InvalidClubInputError);
    spec
      .given([])
      .when(found({ foundedOn: '2025-02-30' }))
      .thenThrows(InvalidClubInputError);
  });

  it('founds a club id once', () => {
    spec
      .given([founded])
      .when(found())
      .thenThrows(ClubExistsError, { code: 'membership.club-exists' });
  });

  it('knows its catalogue of types, labelled Vietnamese first', () => {
    expect(isClubType('young-families')).toBe(true);
    expect(isClubType('toString')).toBe(false);
    expect(clubTypeLabel('young-families')).toBe('CLB gia đình trẻ — Young families club');
  });
});

describe('renaming a club', () => {
  it('renames an open club; the same name again decides nothing', () => {
    spec
      .given([founded])
      .when({ type: 'RenameClub', clubId: CLUB, name: 'CLB Gia đình trẻ Kim Mã' })
      .then([{ type: 'ClubRenamed', data: { clubId: CLUB, name: 'CLB Gia đình trẻ Kim Mã' } }]);
    spec
      .given([founded])
      .when({ type: 'RenameClub', clubId: CLUB, name: founded.data.name })
      .thenNothing();
    spec
      .given([founded, dissolved])
      .when({ type: 'RenameClub', clubId: CLUB, name: 'Khác' })
      .thenThrows(ClubDissolvedError);
  });
});

describe('members joining (tham gia CLB)', () => {
  it('lets an active member join an open club', () => {
    spec.given([founded]).when(join()).then([joined()]);
  });

  it('takes her once: joining again while she is in decides nothing', () => {
    spec
      .given([founded, joined()])
      .when(join({ joinedOn: '2024-04-01' }))
      .thenNothing();
  });

  it('refuses a member not admitted, one who left, died or was removed, one erased', () => {
    const as = (member: Partial<ClubMemberFacts>) => join({ member: { ...active, ...member } });
    spec
      .given([founded])
      .when(as({ status: 'not-admitted' }))
      .thenThrows(MemberNotFoundError);
    for (const status of ['left', 'deceased', 'removed'] as const)
      spec
        .given([founded])
        .when(as({ status }))
        .thenThrows(MemberNotActiveError, { code: 'membership.member-not-active' });
    spec
      .given([founded])
      .when(as({ erased: true }))
      .thenThrows(MemberErasedError);
  });

  it('refuses a club not founded, a dissolved one, a day before its founding or to come', () => {
    spec
      .given([])
      .when(join())
      .thenThrows(ClubNotFoundError, { code: 'membership.club-not-found' });
    spec
      .given([founded, dissolved])
      .when(join())
      .thenThrows(ClubDissolvedError, { code: 'membership.club-dissolved' });
    spec
      .given([founded])
      .when(join({ joinedOn: '2024-01-14' }))
      .thenThrows(InvalidClubInputError);
    spec
      .given([founded])
      .when(join({ joinedOn: '2025-06-02' }))
      .thenThrows(InvalidClubInputError);
  });

  it('takes her back after she left', () => {
    const left = leave();
    spec
      .given([
        founded,
        joined(),
        {
          type: 'ClubMemberLeft',
          data: { clubId: CLUB, memberId: MEMBER, leftOn: left.leftOn, reason: 'left-club' },
        },
      ])
      .when(join({ joinedOn: '2025-01-01' }))
      .then([joined(MEMBER, '2025-01-01')]);
  });
});

describe('members leaving (rời CLB)', () => {
  const left = (leftOn: string, reason: LeaveClub['reason'] = 'left-club'): ClubEvent => ({
    type: 'ClubMemberLeft',
    data: { clubId: CLUB, memberId: MEMBER, leftOn, reason },
  });

  it('lets her leave a club she is in, on or after the day she joined', () => {
    spec
      .given([founded, joined()])
      .when(leave())
      .then([left('2024-09-01')]);
    spec
      .given([founded, joined()])
      .when(leave({ leftOn: '2024-03-01' }))
      .then([left('2024-03-01')]);
  });

  it('refuses one who is not in it (never joined, or left already), a day before her joining', () => {
    spec
      .given([founded, joined(OTHER)])
      .when(leave())
      .thenThrows(NotInClubError, { code: 'membership.not-in-club' });
    spec
      .given([founded, joined(), left('2024-09-01')])
      .when(leave())
      .thenThrows(NotInClubError);
    spec
      .given([founded, joined()])
      .when(leave({ leftOn: '2024-02-28' }))
      .thenThrows(InvalidClubInputError);
    spec
      .given([founded, joined()])
      .when(leave({ leftOn: '2025-06-02' }))
      .thenThrows(InvalidClubInputError);
  });

  it('takes her out when her membership of the union ended, never before she joined', () => {
    const ended = { reason: 'membership-ended' } as const;
    spec
      .given([founded, joined()])
      .when(leave({ ...ended, leftOn: '2024-02-01' }))
      .then([left('2024-03-01', 'membership-ended')]);
    spec
      .given([founded, joined()])
      .when(leave({ ...ended, leftOn: '2025-07-01' }))
      .then([left('2025-07-01', 'membership-ended')]);
  });
});

describe('dissolving a club (giải thể)', () => {
  it('closes it with its members counted; a second dissolution decides nothing', () => {
    spec.given([founded, joined()]).when(dissolve).then([dissolved]);
    spec.given([founded, joined(), dissolved]).when(dissolve).thenNothing();
  });

  it('takes no join nor departure after, and comes after everything that happened in it', () => {
    spec.given([founded, joined(), dissolved]).when(leave()).thenThrows(ClubDissolvedError);
    spec
      .given([founded, joined(MEMBER, '2025-02-01')])
      .when(dissolve)
      .thenThrows(InvalidClubInputError);
    spec.given([]).when(dissolve).thenThrows(ClubNotFoundError);
  });
});
