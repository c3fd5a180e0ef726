import { parseEventData, PUBLIC_EVENTS, type PublicEventType } from '@vwu/contracts';
import type { ClubEvent, MemberEvent } from '@vwu/membership-domain';
import { membershipPublicEvents } from './public-events';

const MEMBER = '9f0c1a2b-3c4d-4e5f-8a9b-000000000001';
const BRANCH = 'b0000000-0000-4000-8000-000000000005';
const OTHER = 'b0000000-0000-4000-8000-000000000007';
const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
const SEALED = 'v1.aXYxMjM0NTY3ODkw.c2VhbGVkLXBlcnNvbmFsLWRhdGE';
const CLUB = 'c1000000-0000-4000-8000-000000000001';

/** One of every internal event, as the store keeps them. */
const EVENTS: (MemberEvent | ClubEvent)[] = [
  {
    type: 'MemberAdmitted',
    data: {
      memberId: MEMBER,
      branchId: BRANCH,
      ancestorIds: [WARD],
      groupId: null,
      birthYear: 1990,
      specialGroups: ['young'],
      admittedOn: '2024-03-08',
      personal: SEALED,
    },
  },
  { type: 'MemberContactUpdated', data: { memberId: MEMBER, personal: SEALED } },
  {
    type: 'MemberAssignedToGroup',
    data: { memberId: MEMBER, groupId: OTHER, previousGroupId: null },
  },
  { type: 'SpecialGroupTagged', data: { memberId: MEMBER, group: 'elderly' } },
  { type: 'SpecialGroupUntagged', data: { memberId: MEMBER, group: 'elderly' } },
  { type: 'FeePaid', data: { memberId: MEMBER, year: 2024, amount: 12_000, paidOn: '2024-04-01' } },
  {
    type: 'FeeWaived',
    data: { memberId: MEMBER, year: 2025, reason: 'Đang điều trị bệnh dài ngày' },
  },
  {
    type: 'MemberTransferred',
    data: {
      memberId: MEMBER,
      fromBranchId: BRANCH,
      fromAncestorIds: [WARD],
      toBranchId: OTHER,
      ancestorIds: [WARD],
      groupId: null,
      transferredOn: '2025-02-01',
    },
  },
  {
    type: 'MembershipEnded',
    data: {
      memberId: MEMBER,
      end: 'left',
      reason: 'moved-away',
      branchId: OTHER,
      on: '2025-03-01',
    },
  },
  {
    type: 'MemberReadmitted',
    data: {
      memberId: MEMBER,
      branchId: BRANCH,
      ancestorIds: [WARD],
      groupId: null,
      readmittedOn: '2025-05-01',
    },
  },
  { type: 'PartyStepRecorded', data: { memberId: MEMBER, step: 'introduced', on: '2025-06-01' } },
  {
    type: 'MemberRecognisedExemplary',
    data: { memberId: MEMBER, year: 2025, title: 'Hội viên tiêu biểu' },
  },
  { type: 'MemberErased', data: { memberId: MEMBER, erasedOn: '2025-07-01' } },
  {
    type: 'ClubFounded',
    data: {
      clubId: CLUB,
      unitId: BRANCH,
      ancestorIds: [WARD],
      name: 'CLB Gia đình trẻ',
      clubType: 'young-families',
      foundedOn: '2024-01-15',
    },
  },
  { type: 'ClubRenamed', data: { clubId: CLUB, name: 'CLB Gia đình trẻ Kim Mã' } },
  { type: 'ClubMemberJoined', data: { clubId: CLUB, memberId: MEMBER, joinedOn: '2024-03-01' } },
  {
    type: 'ClubMemberLeft',
    data: { clubId: CLUB, memberId: MEMBER, leftOn: '2024-09-01', reason: 'membership-ended' },
  },
  { type: 'ClubDissolved', data: { clubId: CLUB, dissolvedOn: '2025-01-01', memberCount: 0 } },
];

const published = EVENTS.map((event, i) => {
  const mapped = membershipPublicEvents({ ...event, eventId: `e-${i}`, version: i + 1 });
  return mapped && parseEventData(mapped.type as PublicEventType, mapped.data);
});

describe('membership events on Kafka', () => {
  it('publishes every event but a change of contact details, each valid against its contract', () => {
    expect(published.filter((data) => data === undefined)).toHaveLength(1);
    expect(published[1]).toBeUndefined();
    const types = EVENTS.map(
      (e, i) => membershipPublicEvents({ ...e, eventId: `e-${i}`, version: 1 })?.type,
    );
    const membership = Object.keys(PUBLIC_EVENTS).filter((t) => t.startsWith('vn.vwu.membership.'));
    expect(types.filter((t) => t !== undefined).sort()).toEqual(membership.sort());
  });

  it('never carries her sealed personal data, nor a waiver’s reason', () => {
    const text = JSON.stringify(published);
    expect(text).not.toContain(SEALED);
    expect(text).not.toContain('personal"');
    expect(text).not.toContain('điều trị');
    expect(published[0]).toEqual({
      memberId: MEMBER,
      branchId: BRANCH,
      ancestorIds: [WARD],
      groupId: null,
      birthYear: 1990,
      specialGroups: ['young'],
      admittedOn: '2024-03-08',
    });
    expect(published[8]).toMatchObject({ reason: 'moved-away' });
    expect(published[16]).toEqual({
      clubId: CLUB,
      memberId: MEMBER,
      leftOn: '2024-09-01',
      reason: 'membership-ended',
    });
  });
});
