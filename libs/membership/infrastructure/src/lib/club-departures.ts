import { Logger } from '@nestjs/common';
import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import type { ClubWorkspace, MemberWorkspace } from '@vwu/membership-application';
import type { LeaveClub } from '@vwu/membership-domain';
import { todayInVietnam } from '@vwu/platform-config';
import { DomainError } from '@vwu/platform-decider';
import type { MongoClubDirectory } from './club-directory';

/** The system acts for the end of her membership; the club's decider still checks it. */
const SYSTEM = {
  userId: 'system:membership-ended',
  roles: [],
  scopeUnitId: '',
  correlationId: 'membership-ended',
};

interface Departure {
  readonly clubId: string;
  readonly memberId: string;
  readonly on: string;
}

/**
 * The process manager of MembershipEnded: a member who left the union, died or was removed
 * leaves her clubs (reason membership-ended), so no club counts her. Both orders are covered,
 * since her departure and a club join travel on different partitions:
 * - MembershipEnded: she leaves every open club the read model knows her in (unless her own
 *   stream says she is a member again: a replay of the topic takes no one out wrongly);
 * - ClubMemberJoined (applied to the read model first): her own stream is read, and a member
 *   no longer active leaves at once (a join that raced her departure).
 * Whichever comes second sees the first, so she is never left in. Exactly once in effect: a
 * repeat finds her out already (not-in-club), which decides nothing.
 */
export class ClubDepartures {
  private readonly logger = new Logger('ClubDepartures');

  constructor(
    private readonly directory: MongoClubDirectory,
    private readonly clubs: ClubWorkspace,
    private readonly members: MemberWorkspace,
  ) {}

  async apply(events: readonly PublicEvent[]): Promise<number> {
    let left = 0;
    for (const event of events)
      for (const departure of await this.departuresAfter(event))
        if (await this.leave(departure)) left += 1;
    return left;
  }

  private async departuresAfter(event: PublicEvent): Promise<Departure[]> {
    if (!isContextEvent('membership', event)) return [];
    if (event.type === 'vn.vwu.membership.MembershipEnded.v1') {
      const { memberId, on } = event.data;
      // Re-admitted since (a replay of the topic, a late redelivery): her clubs now are hers.
      if (!(await this.departed(memberId))) return [];
      const clubIds = await this.directory.clubsOf(memberId);
      return clubIds.map((clubId) => ({ clubId, memberId, on }));
    }
    if (event.type !== 'vn.vwu.membership.ClubMemberJoined.v1') return [];
    const { clubId, memberId } = event.data;
    const departedOn = await this.departed(memberId);
    return departedOn ? [{ clubId, memberId, on: departedOn }] : [];
  }

  /** The day her membership ended, from her own stream; undefined while she is a member. */
  private async departed(memberId: string): Promise<string | undefined> {
    const { state } = await this.members.load(memberId);
    if (state.status === 'not-admitted' || state.status === 'active') return undefined;
    return state.lastChangeOn;
  }

  private async leave({ clubId, memberId, on }: Departure): Promise<boolean> {
    try {
      const command: LeaveClub = {
        type: 'LeaveClub',
        clubId,
        memberId,
        leftOn: on,
        reason: 'membership-ended',
        today: todayInVietnam(),
      };
      const outcome = await this.clubs.handle(clubId, command, SYSTEM);
      return outcome.events.length > 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Out already, or the club was dissolved meanwhile: nothing to do.
      this.logger.debug(`member ${memberId} not taken out of club ${clubId}: ${error.code}`);
      return false;
    }
  }
}
