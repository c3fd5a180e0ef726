import { unreachable, type Decider } from '@vwu/platform-decider';
import { admitMember, readmitMember } from './admit-member';
import type { MemberCommand } from './member.commands';
import type { MemberEvent } from './member.events';
import { evolveMember, initialMemberState, type MemberState } from './member.state';
import { decideMemberChange, isMemberChange } from './member-changes';
import { decideLifecycle, isLifecycleCommand } from './member-lifecycle';

/** Admission and re-admission here; changes and the lifecycle each in their own file. */
function decideMember(command: MemberCommand, state: MemberState): readonly MemberEvent[] {
  if (isMemberChange(command)) return decideMemberChange(command, state);
  if (isLifecycleCommand(command)) return decideLifecycle(command, state);
  switch (command.type) {
    case 'AdmitMember':
      return admitMember(command, state);
    case 'ReadmitMember':
      return readmitMember(command, state);
    default:
      return unreachable(command);
  }
}

/** Hội viên: one stream per member, from admission to departure (and back). */
export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide: decideMember,
};
