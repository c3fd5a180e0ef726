// Test support: public membership events as Kafka brings them, for any consumer's tests.
import type { PublicEvent } from '@vwu/contracts';
import { event } from './organisation-events';

/** A member's events in her stream's order: each call is the next version. */
export class MemberStream {
  private version = 0;

  constructor(
    readonly memberId: string,
    private branch: { id: string; ancestors: string[] },
  ) {}

  private next(type: string, data: Record<string, unknown>): PublicEvent {
    this.version += 1;
    return event(`vn.vwu.membership.${type}.v1`, this.memberId, this.version, {
      memberId: this.memberId,
      ...data,
    });
  }

  admitted(on: string, facts: { birthYear?: number; specialGroups?: string[] } = {}) {
    return this.next('MemberAdmitted', {
      branchId: this.branch.id,
      ancestorIds: this.branch.ancestors,
      groupId: null,
      birthYear: facts.birthYear ?? 1990,
      specialGroups: facts.specialGroups ?? [],
      admittedOn: on,
    });
  }

  transferred(to: { id: string; ancestors: string[] }, on: string) {
    const from = this.branch;
    this.branch = to;
    return this.next('MemberTransferred', {
      fromBranchId: from.id,
      fromAncestorIds: from.ancestors,
      toBranchId: to.id,
      ancestorIds: to.ancestors,
      groupId: null,
      transferredOn: on,
    });
  }

  ended(end: 'left' | 'deceased' | 'removed', on: string) {
    return this.next('MembershipEnded', { end, reason: 'personal', branchId: this.branch.id, on });
  }

  readmitted(on: string) {
    return this.next('MemberReadmitted', {
      branchId: this.branch.id,
      ancestorIds: this.branch.ancestors,
      groupId: null,
      readmittedOn: on,
    });
  }

  feePaid(year: number, paidOn: string) {
    return this.next('FeePaid', { year, amount: 24000, paidOn });
  }

  feeWaived(year: number) {
    return this.next('FeeWaived', { year });
  }

  partyStep(step: 'introduced' | 'admitted', on: string) {
    return this.next('PartyStepRecorded', { step, on });
  }

  tagged(group: string) {
    return this.next('SpecialGroupTagged', { group });
  }

  untagged(group: string) {
    return this.next('SpecialGroupUntagged', { group });
  }

  erased(on: string) {
    return this.next('MemberErased', { erasedOn: on });
  }
}
