import { Logger } from '@nestjs/common';
import type { PublicEvent } from '@vwu/contracts';
import { type BranchDirectory, type MemberWorkspace } from '@vwu/membership-application';
import type { BranchFacts } from '@vwu/membership-domain';
import { DomainError } from '@vwu/platform-decider';
import { CLOSURE_ACTOR, UnitClosures, type UnitClosure } from '@vwu/platform-unit-places';
import type { Connection } from 'mongoose';
import type { MemberPlaces } from './member-places';

/** How long a closure is swept for members still arriving in the closed branch. */
const SWEEP_FOR_MS = 24 * 3_600_000;

/**
 * The process manager of UnitsMerged (and UnitDissolved with a successor): the members of the
 * closed branch are transferred to the successor. Closures are recorded from the organisation
 * topic; a sweep transfers whoever the closed branch still holds, again and again for a day, so
 * a member whose admission arrives after the closure (another topic, another partition) follows
 * too. Exactly once in effect: a member already in the successor decides nothing.
 */
export class MergedBranchTransfers {
  private readonly logger = new Logger('MergedBranchTransfers');
  readonly closures: UnitClosures;

  constructor(
    connection: Connection,
    private readonly places: MemberPlaces,
    private readonly members: MemberWorkspace,
    private readonly branches: BranchDirectory,
  ) {
    this.closures = new UnitClosures(connection, 'branch_closures');
  }

  record(events: readonly PublicEvent[]): Promise<void> {
    return this.closures.record(events);
  }

  /** Transfers every member still in a recently closed branch; returns how many moved. */
  async sweep(now = new Date()): Promise<number> {
    let moved = 0;
    for (const closure of await this.closures.recent(now, SWEEP_FOR_MS)) {
      // Dissolved empty: nobody to move, nowhere to move them.
      if (closure.successorId === null) continue;
      const memberIds = await this.places.activeIn(closure._id);
      if (memberIds.length === 0) continue;
      // Read once per closure, not per member; not known here yet: the next sweep.
      const to = await this.branches.facts(closure.successorId);
      if (!to.active) continue;
      for (const memberId of memberIds) if (await this.transfer(memberId, closure, to)) moved += 1;
    }
    return moved;
  }

  private async transfer(
    memberId: string,
    closure: UnitClosure,
    to: BranchFacts,
  ): Promise<boolean> {
    try {
      const loaded = await this.members.load(memberId);
      // A member who arrived in the closed branch after its closure moves on her own last day.
      const last = loaded.state.status === 'not-admitted' ? closure.on : loaded.state.lastChangeOn;
      const transferredOn = last > closure.on ? last : closure.on;
      const command = {
        type: 'TransferMember',
        memberId,
        to,
        // Her group was the closed branch's; the successor's groups are staff's to choose.
        group: null,
        transferredOn,
      } as const;
      const outcome = await this.members.handle(memberId, command, CLOSURE_ACTOR);
      return outcome.version > loaded.version;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // In the successor already (a repeat), or left meanwhile: nothing to do.
      this.logger.debug(`member ${memberId} not moved from ${closure._id}: ${error.code}`);
      return false;
    }
  }
}
