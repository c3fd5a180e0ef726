import { Injectable } from '@nestjs/common';
import type { BranchFacts, MemberCommand, MemberState } from '@vwu/membership-domain';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import { BranchDirectory } from '../ports';

/** Reservations looked up per query while validating. */
const LOOKUP_CHUNK = 1_000;
const LOOKUPS_IN_FLIGHT = 4;
const BRANCHES_IN_FLIGHT = 16;

/** What a member list is validated against: the branches, and the numbers active members hold. */
@Injectable()
export class ImportLookups {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly branches: BranchDirectory,
  ) {}

  /** A command decided on a state in memory, as the rows are validated: nothing is written. */
  simulate(command: MemberCommand, state: MemberState): unknown {
    return this.members.commands.handler.simulate(command, state);
  }

  reservationFor(nationalId: string): string {
    return this.personalData.reservationFor(nationalId);
  }

  /** A district's list names thousands of branches (and groups: any unit): a few at a time. */
  async branchFacts(ids: readonly string[]): Promise<Map<string, BranchFacts>> {
    const queue = [...new Set(ids)].filter((id) => id !== '');
    const found = new Map<string, BranchFacts>();
    const worker = async () => {
      for (let id = queue.pop(); id !== undefined; id = queue.pop())
        found.set(id, await this.branches.facts(id));
    };
    await Promise.all(Array.from({ length: BRANCHES_IN_FLIGHT }, worker));
    return found;
  }

  /** Who holds each of the reservations (tokens of numbers, never the numbers), in chunks. */
  async holders(tokens: readonly string[]): Promise<Map<string, string>> {
    const chunks = Array.from({ length: Math.ceil(tokens.length / LOOKUP_CHUNK) }, (_, i) =>
      tokens.slice(i * LOOKUP_CHUNK, (i + 1) * LOOKUP_CHUNK),
    );
    const found = new Map<string, string>();
    const worker = async () => {
      for (let chunk = chunks.pop(); chunk; chunk = chunks.pop())
        for (const [token, owner] of await this.members.reservations.holders(chunk))
          found.set(token, owner);
    };
    await Promise.all(Array.from({ length: LOOKUPS_IN_FLIGHT }, worker));
    return found;
  }
}
