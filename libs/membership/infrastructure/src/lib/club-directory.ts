import type { PublicEvent } from '@vwu/contracts';
import { ClubDirectory, type ClubSummary } from '@vwu/membership-application';
import { isClubType, type ClubType } from '@vwu/membership-domain';
import { Schema, type Connection, type Model } from 'mongoose';
import { applyVersioned } from '@vwu/platform-messaging';

/** One club as the service's read model keeps it, from its own public club events. */
interface ClubPlace {
  _id: string;
  clubId: string;
  unitId: string;
  name: string;
  type: ClubType;
  status: 'open' | 'dissolved';
  foundedOn: string;
  /** Ids only: whom the process manager takes out when her membership ends. */
  memberIds: string[];
  version: number;
}

const schema = new Schema<ClubPlace>(
  {
    _id: { type: String },
    clubId: { type: String, required: true },
    unitId: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    status: { type: String, required: true },
    foundedOn: { type: String, required: true },
    memberIds: { type: [String], default: [] },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);

type Place = Omit<ClubPlace, '_id'>;

type ClubEvent = Extract<PublicEvent, { readonly type: `vn.vwu.membership.Club${string}` }>;
type Placings = {
  readonly [T in ClubEvent['type']]: (
    event: Extract<ClubEvent, { readonly type: T }>,
    current: Place | undefined,
  ) => Place | undefined;
};

const without = (place: Place | undefined, memberId: string): string[] =>
  place?.memberIds.filter((id) => id !== memberId) ?? [];

/** What each club event makes of the club's document. */
const PLACINGS: Placings = {
  'vn.vwu.membership.ClubFounded.v1': ({ data, sequence }) => {
    const { clubId, unitId, name, clubType: type, foundedOn } = data;
    if (!isClubType(type)) return undefined;
    const version = Number(sequence);
    return { clubId, unitId, name, type, status: 'open', foundedOn, memberIds: [], version };
  },
  'vn.vwu.membership.ClubRenamed.v1': ({ data, sequence }, current) =>
    current && { ...current, name: data.name, version: Number(sequence) },
  'vn.vwu.membership.ClubMemberJoined.v1': ({ data, sequence }, current) =>
    current && {
      ...current,
      memberIds: [...without(current, data.memberId), data.memberId],
      version: Number(sequence),
    },
  'vn.vwu.membership.ClubMemberLeft.v1': ({ data, sequence }, current) =>
    current && {
      ...current,
      memberIds: without(current, data.memberId),
      version: Number(sequence),
    },
  'vn.vwu.membership.ClubDissolved.v1': ({ sequence }, current) =>
    current && { ...current, status: 'dissolved', version: Number(sequence) },
};

function isClubEvent(event: PublicEvent): event is ClubEvent {
  return Object.hasOwn(PLACINGS, event.type);
}

/** The club after one of its events; undefined for any other event. */
function placeAfter(event: PublicEvent, current: Place | undefined): Place | undefined {
  if (!isClubEvent(event)) return undefined;
  const placing = PLACINGS[event.type] as (e: ClubEvent, c: Place | undefined) => Place | undefined;
  return placing(event, current);
}

/**
 * The clubs by unit and by member, from the membership topic: a projection handler, idempotent
 * (each club's document applies an event only over an older version). No secondary index: the
 * local store serves exact lookups by id only, and clubs are few beside members.
 */
export class MongoClubDirectory extends ClubDirectory {
  readonly model: Model<ClubPlace>;

  constructor(connection: Connection, collection = 'club_places') {
    super();
    this.model =
      (connection.models[collection] as Model<ClubPlace> | undefined) ??
      connection.model<ClubPlace>(collection, schema, collection);
  }

  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.model, events, placeAfter);
  }

  async ofUnit(unitId: string, status?: 'open' | 'dissolved'): Promise<ClubSummary[]> {
    const found = await this.model.find({ unitId, ...(status ? { status } : {}) }).lean();
    return found.map(({ clubId, name, type, status: now, foundedOn, memberIds }) => ({
      id: clubId,
      unitId,
      name,
      type,
      status: now,
      foundedOn,
      memberCount: memberIds.length,
    }));
  }

  /** The open clubs she is in, as far as the club events have been applied. */
  async clubsOf(memberId: string): Promise<string[]> {
    const found = await this.model
      .find({ memberIds: memberId, status: 'open' }, { clubId: 1 })
      .lean();
    return found.map((club) => club.clubId);
  }
}
