import type { DomainError } from '@vwu/platform-decider';
import {
  ClubDissolvedError,
  ClubExistsError,
  ClubNotFoundError,
  NotAClubUnitError,
  NotInClubError,
} from './clubs';
import {
  FeeAlreadyRecordedError,
  GroupNotInBranchError,
  MemberAlreadyAdmittedError,
  MemberErasedError,
  MemberNotActiveError,
  MemberNotFoundError,
  MemberStillActiveError,
  NotABranchError,
  OutOfOrderError,
  SameBranchError,
  UnderAgeError,
} from './member.errors';
import { memberDecider } from './member.decider';
import { admit, admitted, MEMBER } from './testing/member-fixtures';
import { evolveMember, initialMemberState } from './member.state';

const ID = '9f0c1a2b-3c4d-4e5f-8a9b-000000000001';
/** A letter only Vietnamese writes (đ, ư, ơ, or a vowel with a tone mark). */
const VIETNAMESE = /[đươạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýâêôă]/iu;

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

const state = initialMemberState();
const messages: Record<string, string> = {
  'member exists': new MemberAlreadyAdmittedError(ID).message,
  'member not found': new MemberNotFoundError(ID).message,
  'not active': new MemberNotActiveError(ID, 'left').message,
  erased: new MemberErasedError(ID).message,
  'still active': new MemberStillActiveError(ID).message,
  'under age': new UnderAgeError(18, '2025-01-01').message,
  'not a branch': new NotABranchError(ID).message,
  'group not in branch': new GroupNotInBranchError(ID, ID).message,
  'same branch': new SameBranchError(ID).message,
  'fee recorded': new FeeAlreadyRecordedError(2025, 'paid').message,
  'out of order': new OutOfOrderError('2025-01-01', '2025-02-01').message,
  'club not found': new ClubNotFoundError(ID).message,
  'club exists': new ClubExistsError(ID).message,
  'not a club unit': new NotAClubUnitError(ID).message,
  'club dissolved': new ClubDissolvedError(ID, '2025-01-01').message,
  'not in club': new NotInClubError(ID, ID).message,
  'a bad date': refusal(() => memberDecider.decide(admit({ admittedOn: 'soon' }), state)).message,
  'an unknown special group': refusal(() =>
    memberDecider.decide(admit({ specialGroups: ['astronaut' as 'young'] }), state),
  ).message,
  'a Party step out of turn': refusal(() =>
    memberDecider.decide(
      { type: 'RecordPartyStep', memberId: MEMBER, step: 'admitted', on: '2025-01-01' },
      evolveMember(state, admitted),
    ),
  ).message,
};

describe('membership error messages', () => {
  it.each(Object.entries(messages))('%s: Vietnamese first, then " — " and English', (_, text) => {
    const [vi, en, ...rest] = text.split(' — ');
    expect(rest).toEqual([]);
    expect(vi).toMatch(VIETNAMESE);
    expect(en).toMatch(/\b(is|has|was|must|cannot|unknown)\b/u);
  });
});
