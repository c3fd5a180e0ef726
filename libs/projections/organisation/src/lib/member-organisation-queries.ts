import type { Model, QueryFilter } from 'mongoose';
import { decodeKeyset, encodeKeyset } from './keyset';
import {
  membershipsOf,
  wasMemberOn,
  type MemberOrganisationView,
  type MembershipPeriod,
} from './member-organisation-read-model';
import type { Page } from './unit-queries';

export type MemberOrganisationStatus = 'member' | 'left';

export interface MemberOrganisationDto {
  readonly id: string;
  readonly name: string;
  readonly unionId: string;
  readonly status: MemberOrganisationStatus;
  readonly joinedOn: string;
  /** The latest leaving and why; absent while a member. */
  readonly leftOn?: string;
  readonly leaveReason?: string;
  /** Every membership in order; the last one has no leftOn while it is a member. */
  readonly memberships: readonly MembershipPeriod[];
  readonly version: number;
}

export function toMemberOrganisationDto(view: MemberOrganisationView): MemberOrganisationDto {
  const { _id, name, unionId, status, joinedOn, leftOn, leaveReason, version } = view;
  return {
    id: _id,
    name,
    unionId,
    status,
    joinedOn,
    ...(leftOn === undefined ? {} : { leftOn }),
    ...(leaveReason === undefined ? {} : { leaveReason }),
    memberships: membershipsOf(view),
    version,
  };
}

/** undefined for a cursor this service did not write. */
export function decodeMemberOrganisationCursor(cursor: string): [string, string] | undefined {
  return decodeKeyset(cursor, 2) as [string, string] | undefined;
}

export interface MemberOrganisationsPage {
  readonly limit: number;
  readonly after?: [string, string];
  /** YYYY-MM-DD: only the organisations that were members on that date. */
  readonly asOf?: string;
  /** Only those whose status is this now. */
  readonly status?: MemberOrganisationStatus;
}

/** Reads of the member organisations read model. */
export class MemberOrganisationQueries {
  constructor(private readonly organisations: Model<MemberOrganisationView>) {}

  async get(organisationId: string): Promise<MemberOrganisationDto | undefined> {
    const view = await this.organisations.findById(organisationId).lean();
    return view ? toMemberOrganisationDto(view) : undefined;
  }

  /** The organisation stream's version the read model has applied (0: not seen yet). */
  async versionOf(organisationId: string): Promise<number> {
    const view = await this.organisations.findById(organisationId, { version: 1 }).lean();
    return view?.version ?? 0;
  }

  /**
   * A union's member organisations in name order, a page at a time (keyset pagination). With
   * `asOf`, those that were members on that date (left ones included, rejoinings counted).
   */
  async list(unionId: string, page: MemberOrganisationsPage): Promise<Page<MemberOrganisationDto>> {
    const { limit, after, asOf, status } = page;
    const scoped: QueryFilter<MemberOrganisationView> = status ? { unionId, status } : { unionId };
    const filter: QueryFilter<MemberOrganisationView> = after
      ? {
          ...scoped,
          $or: [{ nameKey: { $gt: after[0] } }, { nameKey: after[0], _id: { $gt: after[1] } }],
        }
      : scoped;
    const query = this.organisations.find(filter).sort({ nameKey: 1, _id: 1 });
    // A union has tens of member organisations: the date is checked on the documents, not by an
    // $elemMatch over membership periods, which FerretDB lacks.
    const views = asOf
      ? (await query.lean()).filter((v) => wasMemberOn(v, asOf)).slice(0, limit + 1)
      : await query.limit(limit + 1).lean();
    const items = views.slice(0, limit);
    const last = items.at(-1);
    return views.length > limit && last
      ? {
          items: items.map(toMemberOrganisationDto),
          nextCursor: encodeKeyset([last.nameKey, last._id]),
        }
      : { items: items.map(toMemberOrganisationDto) };
  }
}
