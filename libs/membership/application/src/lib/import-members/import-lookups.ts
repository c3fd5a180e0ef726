import { Injectable } from '@nestjs/common';
import type { BranchFacts } from '@vwu/membership-domain';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import { BranchDirectory } from '../ports';

/** Reservations looked up per query while validating. */
const LOOKUP_CHUNK = 1_000;

/** What a member list is validated against: the branches, and the numbers active members hold. */
@Injectable()
export class ImportLookups {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly branches: BranchDirectory,
  ) {}

  reservationFor(nationalId: string): string {
    return this.personalData.reservationFor(nationalId);
  }

  async branchFacts(ids: readonly string[]): Promise<Map<string, BranchFacts>> {
    const unique = [...new Set(ids)].filter((id) => id !== '');
    const facts = await Promise.all(unique.map((id) => this.branches.facts(id)));
    return new Map(facts.map((fact) => [fact.unitId, fact]));
  }

  /** Who holds the reservation of each number, in chunks (by token, never by the number). */
  async holders(nationalIds: readonly string[]): Promise<Map<string, string>> {
    const tokens = [...new Set(nationalIds.filter((id) => /^\d{12}$/u.test(id)))].map((id) =>
      this.reservationFor(id),
    );
    const found = new Map<string, string>();
    for (let from = 0; from < tokens.length; from += LOOKUP_CHUNK) {
      const chunk = await this.members.reservations.holders(
        tokens.slice(from, from + LOOKUP_CHUNK),
      );
      for (const [token, owner] of chunk) found.set(token, owner);
    }
    return found;
  }
}
