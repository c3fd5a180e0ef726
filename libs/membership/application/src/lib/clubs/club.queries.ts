import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { clubTypeLabel } from '@vwu/membership-domain';
import type { ClubList, ClubView } from '@vwu/internal-api';
import { DomainError } from '@vwu/platform-decider';
import { authorise } from '../access';
import { BranchDirectory } from '../ports';
import { GetClubQuery, ListClubsQuery } from './club.commands';
import { clubPath, ClubDirectory, ClubWorkspace, requireClub } from './club-workspace';

export class UnitNotKnownError extends DomainError {
  readonly code = 'membership.unit-not-found';
  readonly kind = 'not-found';
  constructor(unitId: string) {
    super(`Không có đơn vị đang hoạt động này — unit ${unitId} is not an active unit known here`);
  }
}

/**
 * A club from its stream (read-your-writes for free): its members now, by id only. Members
 * whose membership of the union ended are taken out of their clubs by a process manager
 * (ClubDepartures), so they do not count.
 */
@QueryHandler(GetClubQuery)
export class GetClubHandler implements IQueryHandler<GetClubQuery, ClubView> {
  constructor(private readonly clubs: ClubWorkspace) {}

  async execute({ clubId, actor }: GetClubQuery): Promise<ClubView> {
    const loaded = await this.clubs.load(clubId);
    const club = requireClub(loaded);
    authorise(actor, 'members:read', clubPath(club));
    const memberIds = Object.keys(club.members);
    const { unitId, ancestorIds, name, clubType: type, status, foundedOn, dissolvedOn } = club;
    return {
      id: clubId,
      unitId,
      ancestorIds: [...ancestorIds],
      name,
      type,
      typeLabel: clubTypeLabel(type),
      status,
      foundedOn,
      dissolvedOn,
      memberCount: memberIds.length,
      memberIds,
      version: loaded.version,
    };
  }
}

/** The clubs of a unit in its scope, from the service's read model (a moment behind). */
@QueryHandler(ListClubsQuery)
export class ListClubsHandler implements IQueryHandler<ListClubsQuery, ClubList> {
  constructor(
    private readonly units: BranchDirectory,
    private readonly directory: ClubDirectory,
  ) {}

  async execute({ unitId, status, actor }: ListClubsQuery): Promise<ClubList> {
    const unit = await this.units.facts(unitId);
    if (!unit.active) throw new UnitNotKnownError(unitId);
    authorise(actor, 'members:read', [...unit.ancestorIds, unit.unitId]);
    const clubs = await this.directory.ofUnit(unitId, status);
    const items = clubs
      .map((club) => ({ ...club, typeLabel: clubTypeLabel(club.type) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
    return { items };
  }
}
