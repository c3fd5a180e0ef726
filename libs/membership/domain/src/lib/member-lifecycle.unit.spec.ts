import { deciderSpec } from '@vwu/platform-testing';
import { memberDecider } from './member.decider';
import type { EndMembership } from './member.commands';
import {
  InvalidMemberInputError,
  MemberNotActiveError,
  MemberStillActiveError,
  OutOfOrderError,
  PartyStepError,
} from './member.errors';
import type { MemberEvent } from './member.events';
import { evolveMember, initialMemberState } from './member.state';
import { admitted, BRANCH_5, MEMBER } from './testing/member-fixtures';

const spec = deciderSpec(memberDecider);
const end = (
  kind: EndMembership['end'],
  reason: EndMembership['reason'],
  on = '2025-03-01',
): EndMembership => ({
  type: 'EndMembership',
  memberId: MEMBER,
  end: kind,
  reason,
  on,
});
const ended = (kind: EndMembership['end'], reason: EndMembership['reason']): MemberEvent => ({
  type: 'MembershipEnded',
  data: { memberId: MEMBER, end: kind, reason, branchId: BRANCH_5.unitId, on: '2025-03-01' },
});

describe('the end of a membership', () => {
  it('records leaving, death and removal of an active member, each with its branch', () => {
    spec
      .given([admitted])
      .when(end('left', 'moved-away'))
      .then([ended('left', 'moved-away')]);
    spec
      .given([admitted])
      .when(end('deceased', 'deceased'))
      .then([ended('deceased', 'deceased')]);
    spec
      .given([admitted])
      .when(end('removed', 'charter-breach'))
      .then([ended('removed', 'charter-breach')]);
  });

  it('ends a membership once, not before its last change, with a known reason', () => {
    spec
      .given([admitted, ended('left', 'personal')])
      .when(end('deceased', 'deceased'))
      .thenThrows(MemberNotActiveError);
    spec
      .given([admitted])
      .when(end('left', 'personal', '2024-03-07'))
      .thenThrows(OutOfOrderError);
    spec
      .given([admitted])
      .when(end('left', 'bored' as 'personal'))
      .thenThrows(InvalidMemberInputError);
  });
});

describe('the Party (giới thiệu đảng viên, kết nạp Đảng)', () => {
  const step = (s: 'introduced' | 'admitted', on: string) =>
    ({ type: 'RecordPartyStep', memberId: MEMBER, step: s, on }) as const;
  const introduced: MemberEvent = {
    type: 'PartyStepRecorded',
    data: { memberId: MEMBER, step: 'introduced', on: '2024-06-01' },
  };

  it('introduces, then admits; the same step on the same day again decides nothing', () => {
    spec.given([admitted]).when(step('introduced', '2024-06-01')).then([introduced]);
    spec.given([admitted, introduced]).when(step('introduced', '2024-06-01')).thenNothing();
    spec
      .given([admitted, introduced])
      .when(step('admitted', '2025-01-15'))
      .then([
        {
          type: 'PartyStepRecorded',
          data: { memberId: MEMBER, step: 'admitted', on: '2025-01-15' },
        },
      ]);
  });

  it('refuses an admission without or before the introduction, and a second introduction', () => {
    spec
      .given([admitted])
      .when(step('admitted', '2025-01-15'))
      .thenThrows(PartyStepError, { code: 'membership.party-step' });
    spec
      .given([admitted, introduced])
      .when(step('admitted', '2024-05-31'))
      .thenThrows(PartyStepError);
    spec
      .given([admitted, introduced])
      .when(step('introduced', '2024-07-01'))
      .thenThrows(PartyStepError);
  });
});

describe('recognition and erasure', () => {
  it('recognises a member as exemplary once per year and title', () => {
    const recognise = {
      type: 'RecogniseExemplary',
      memberId: MEMBER,
      year: 2024,
      title: 'Hội viên tiêu biểu',
    } as const;
    const recognised: MemberEvent = {
      type: 'MemberRecognisedExemplary',
      data: { memberId: MEMBER, year: 2024, title: 'Hội viên tiêu biểu' },
    };
    spec.given([admitted]).when(recognise).then([recognised]);
    spec.given([admitted, recognised]).when(recognise).thenNothing();
    spec
      .given([admitted])
      .when({ ...recognise, title: ' ' })
      .thenThrows(InvalidMemberInputError);
  });

  const erase = { type: 'EraseMember', memberId: MEMBER, erasedOn: '2025-04-01' } as const;
  const erased: MemberEvent = {
    type: 'MemberErased',
    data: { memberId: MEMBER, erasedOn: '2025-04-01' },
  };

  it('erases a member whose membership ended, once, and keeps what the counts need', () => {
    for (const [kind, reason] of [
      ['left', 'personal'],
      ['deceased', 'deceased'],
      ['removed', 'charter-breach'],
    ] as const)
      spec
        .given([admitted, ended(kind, reason)])
        .when(erase)
        .then([erased]);
    const left = ended('left', 'personal');
    spec.given([admitted, left, erased]).when(erase).thenNothing();
    const state = [admitted, left, erased].reduce(evolveMember, initialMemberState());
    expect(state).toMatchObject({
      status: 'left',
      erased: true,
      birthYear: 1990,
      branchId: BRANCH_5.unitId,
    });
  });

  it('refuses to erase an active member: her membership is ended first', () => {
    spec
      .given([admitted])
      .when(erase)
      .thenThrows(MemberStillActiveError, { code: 'membership.member-active', kind: 'conflict' });
    // One erased while active before this rule: a repeat still decides nothing.
    spec.given([admitted, erased]).when(erase).thenNothing();
  });
});
