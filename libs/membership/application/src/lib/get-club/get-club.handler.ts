import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { clubTypeLabel } from '@vwu/membership-domain';
import type { ClubView } from '@vwu/internal-api';
import { authorise } from '../access';
import { clubPath, ClubWorkspace, requireClub } from '../clubs/club-workspace';
import { GetClubQuery } from './get-club.query';

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
