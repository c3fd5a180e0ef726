import type { Decider } from '@vwu/platform-decider';
import { admitMember, readmitMember } from './admit-member';
import type { MemberCommand } from './member.commands';
import type { MemberEvent } from './member.events';
import { evolveMember, initialMemberState, type MemberState } from './member.state';
import {
  assignToGroup,
  recordFee,
  tagSpecialGroup,
  transferMember,
  updateContact,
} from './member-changes';
import {
  endMembership,
  eraseMember,
  recogniseExemplary,
  recordPartyStep,
} from './member-lifecycle';

/** One rule per command type: a type without one does not compile. */
type Rules = {
  readonly [T in MemberCommand['type']]: (
    command: Extract<MemberCommand, { type: T }>,
    state: MemberState,
  ) => readonly MemberEvent[];
};

const RULES: Rules = {
  AdmitMember: admitMember,
  ReadmitMember: readmitMember,
  UpdateMemberContact: updateContact,
  AssignMemberToGroup: assignToGroup,
  TagSpecialGroup: tagSpecialGroup,
  UntagSpecialGroup: tagSpecialGroup,
  RecordFee: recordFee,
  TransferMember: transferMember,
  EndMembership: endMembership,
  RecordPartyStep: recordPartyStep,
  RecogniseExemplary: recogniseExemplary,
  EraseMember: eraseMember,
};

function decideMember(command: MemberCommand, state: MemberState): readonly MemberEvent[] {
  const rule = RULES[command.type] as (c: MemberCommand, s: MemberState) => readonly MemberEvent[];
  return rule(command, state);
}

/** Hội viên: one stream per member, from admission to departure (and back). */
export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide: decideMember,
};
