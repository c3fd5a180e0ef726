import type {
  BranchFacts,
  GroupFacts,
  MemberCommand,
  MemberEvent,
  MemberState,
} from '@vwu/membership-domain';
import type { CommandHandler, OwnerHolds, Wanted } from '@vwu/platform-event-sourcing';

/**
 * The branches as the membership service knows them from the organisation context's public
 * events (its own read model: services never read each other's databases).
 */
export abstract class BranchDirectory {
  /** The unit's facts; `active: false` for one that is unknown, closed, or not yet seen. */
  abstract facts(unitId: string): Promise<BranchFacts>;

  /** The unit's name as last established or renamed; undefined for one not known here. */
  abstract nameOf(unitId: string): Promise<string | undefined>;

  /**
   * A women's group (tổ phụ nữ) as the units are now, its branch the last of its ancestors (the
   * decider checks it is hers); null for none.
   */
  group(groupId: string | null): Promise<GroupFacts | null> {
    return groupId === null ? Promise.resolve(null) : this.facts(groupId);
  }

  /** Where a command puts her (admission, re-admission, transfer): the branch and her group. */
  async placement(branchId: string, groupId: string | null) {
    const [branch, group] = await Promise.all([this.facts(branchId), this.group(groupId)]);
    return { branch, group };
  }
}

/** Unique values across members (a national ID number): see ReservationStore. */
export abstract class MemberReservations {
  abstract reserve(id: string, owner: string, ownerHolds: OwnerHolds): Promise<void>;
  abstract confirm(id: string, owner: string): Promise<void>;
  abstract release(id: string, owner: string): Promise<void>;
  abstract holder(id: string): Promise<string | undefined>;
  /** Bulk reservation (an import): the ids another owner holds. */
  abstract reserveAll(wanted: readonly Wanted[], ownerHolds: OwnerHolds): Promise<Set<string>>;
  abstract confirmAll(held: readonly Wanted[]): Promise<void>;
  abstract releaseAll(held: readonly Wanted[]): Promise<void>;
  /** Who holds each of the values; those nobody holds are absent. */
  abstract holders(ids: readonly string[]): Promise<Map<string, string>>;
}

/** The generic command handler bound to the member decider. */
export abstract class MemberCommands {
  abstract readonly handler: CommandHandler<MemberCommand, MemberEvent, MemberState>;
}

export interface MemberCommandResult {
  readonly id: string;
  readonly version: number;
}
