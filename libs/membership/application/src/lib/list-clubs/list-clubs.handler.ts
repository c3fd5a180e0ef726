import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { clubTypeLabel } from '@vwu/membership-domain';
import type { ClubList } from '@vwu/internal-api';
import { DomainError } from '@vwu/platform-decider';
import { authorise } from '../access';
import { ClubDirectory } from '../clubs/club-workspace';
import { BranchDirectory } from '../ports';
import { ListClubsQuery } from './list-clubs.query';

export class UnitNotKnownError extends DomainError {
  readonly code = 'membership.unit-not-found';
  readonly kind = 'not-found';
  constructor(unitId: string) {
    super(`Không có đơn vị đang hoạt động này — unit ${unitId} is not an active unit known here`);
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
