import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { MemberStatus } from '@vwu/membership-domain';
import {
  assertInScope,
  assertPermission,
  inScope,
  type Principal,
  type Role,
} from '@vwu/platform-auth';
import { memberPath } from '../access';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import type { PersonalFields } from '../personal-fields';
import { BranchDirectory } from '../ports';
import { MemberNameIndex } from './member-name-index';
import { queryPrefixes } from './name-tokens';
import { SearchMembersQuery } from './search-members.query';

export interface MemberHitDto {
  readonly id: string;
  readonly status: MemberStatus;
  readonly branchId: string;
  readonly birthYear: number;
  /** In full: only roles with `members:personal-data` search by name. */
  readonly fullName: string;
}

export interface MemberHitsDto {
  readonly items: MemberHitDto[];
  readonly nextCursor?: string;
}

/**
 * A name is personal data: only roles with `members:personal-data` search by it, under a unit
 * within their scope. The directory's candidates are each checked against her stream: the
 * caller's scope over her branch as it is now, and her name as it is now (an erased member's
 * data opens to nothing, so she is never shown, even before her directory entry is removed).
 */
@QueryHandler(SearchMembersQuery)
export class SearchMembersHandler implements IQueryHandler<SearchMembersQuery, MemberHitsDto> {
  constructor(
    private readonly index: MemberNameIndex,
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly units: BranchDirectory,
  ) {}

  async execute({ search, actor }: SearchMembersQuery): Promise<MemberHitsDto> {
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    assertPermission(principal, 'members:read', 'members:personal-data');
    const unit = await this.units.facts(search.unitId);
    assertInScope(principal, [...unit.ancestorIds, search.unitId]);
    const tokens = queryPrefixes(search.name).map((p) => this.personalData.index.token('name', p));
    const ids = await this.index.search({ ...search, tokens });
    const hits = await Promise.all(ids.map((id) => this.hit(id, principal)));
    return {
      items: hits.flatMap((hit) => (hit ? [hit] : [])),
      ...(ids.length === search.limit ? { nextCursor: ids.at(-1) } : {}),
    };
  }

  private async hit(id: string, principal: Principal) {
    const loaded = await this.members.load(id);
    if (loaded.state.status === 'not-admitted' || !loaded.sealed) return undefined;
    const member = loaded.state;
    if (!inScope(principal, memberPath(member))) return undefined;
    const fields = await this.personalData.vault.open<PersonalFields>(id, loaded.sealed);
    if (!fields) return undefined;
    const { status, branchId, birthYear } = member;
    return { id, status, branchId, birthYear, fullName: fields.fullName };
  }
}
