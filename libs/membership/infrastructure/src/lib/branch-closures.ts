import { Logger } from '@nestjs/common';
import { BRANCH_CLOSURE_ACTOR, isContextEvent, type PublicEvent } from '@vwu/contracts';
import { type BranchDirectory, type MemberWorkspace } from '@vwu/membership-application';
import type { BranchFacts } from '@vwu/membership-domain';
import { DomainError } from '@vwu/platform-decider';
import { Schema, type Connection, type Model } from 'mongoose';
import type { MemberPlaces } from './member-places';

/** A closed unit (merged, or dissolved into a successor) whose members follow it there. */
interface BranchClosure {
  _id: string;
  successorId: string;
  on: string;
  recordedAt: Date;
}

const schema = new Schema<BranchClosure>(
  {
    _id: { type: String },
    successorId: { type: String, required: true },
    on: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** The system acts for the organisation context's decision; the decider still checks it. */
const SYSTEM = {
  userId: BRANCH_CLOSURE_ACTOR,
  roles: [],
  scopeUnitId: '',
  correlationId: 'units-merged',
};
/** How long a closure is swept for members still arriving in the closed branch. */
const SWEEP_FOR_MS = 24 * 3_600_000;

function closureOf(event: PublicEvent): Omit<BranchClosure, 'recordedAt'> | undefined {
  if (!isContextEvent('organisation', event)) return undefined;
  if (event.type === 'vn.vwu.organisation.UnitsMerged.v1')
    return { _id: event.subject, successorId: event.data.successorId, on: event.data.mergedOn };
  if (event.type === 'vn.vwu.organisation.UnitDissolved.v1' && event.data.successorId !== null)
    return { _id: event.subject, successorId: event.data.successorId, on: event.data.dissolvedOn };
  return undefined;
}

/**
 * The process manager of UnitsMerged (and UnitDissolved with a successor): the members of the
 * closed branch are transferred to the successor. Closures are recorded from the organisation
 * topic; a sweep transfers whoever the closed branch still holds, again and again for a day, so
 * a member whose admission arrives after the closure (another topic, another partition) follows
 * too. Exactly once in effect: a member already in the successor decides nothing.
 */
export class MergedBranchTransfers {
  private readonly logger = new Logger('MergedBranchTransfers');
  readonly model: Model<BranchClosure>;

  constructor(
    connection: Connection,
    private readonly places: MemberPlaces,
    private readonly members: MemberWorkspace,
    private readonly branches: BranchDirectory,
  ) {
    this.model =
      (connection.models['branch_closures'] as Model<BranchClosure> | undefined) ??
      connection.model<BranchClosure>('branch_closures', schema, 'branch_closures');
  }

  async record(events: readonly PublicEvent[]): Promise<void> {
    const closures = events.flatMap((event) => closureOf(event) ?? []);
    const recordedAt = new Date();
    const writes = closures.map((closure) => ({
      updateOne: {
        filter: { _id: closure._id },
        update: { $setOnInsert: { ...closure, recordedAt } },
        upsert: true,
      },
    }));
    if (writes.length > 0) await this.model.bulkWrite(writes, { ordered: false });
  }

  /** Transfers every member still in a recently closed branch; returns how many moved. */
  async sweep(now = new Date()): Promise<number> {
    const since = new Date(now.getTime() - SWEEP_FOR_MS);
    let moved = 0;
    for (const closure of await this.model.find({ recordedAt: { $gte: since } }).lean()) {
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
    closure: BranchClosure,
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
      const outcome = await this.members.handle(memberId, command, SYSTEM);
      return outcome.version > loaded.version;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // In the successor already (a repeat), or left meanwhile: nothing to do.
      this.logger.debug(`member ${memberId} not moved from ${closure._id}: ${error.code}`);
      return false;
    }
  }
}
