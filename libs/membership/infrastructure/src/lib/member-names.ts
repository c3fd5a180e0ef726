import type { PublicEvent } from '@vwu/contracts';
import {
  memberPath,
  MemberNameIndex,
  type MemberPersonalData,
  type MemberWorkspace,
  namePrefixes,
  type NameEntry,
  type NameSearch,
  type PersonalFields,
} from '@vwu/membership-application';
import type { ProjectionHandler } from '@vwu/platform-messaging';
import { Schema, type Connection, type Model } from 'mongoose';

interface NameDocument {
  _id: string;
  path: string[];
  tokens: string[];
}

const schema = new Schema<NameDocument>(
  {
    _id: { type: String },
    path: { type: [String], required: true },
    tokens: { type: [String], required: true },
  },
  { versionKey: false },
);
schema.index({ tokens: 1 });

/** The member directory in `member_names`: tokens and places, no name. */
export class MongoMemberNames extends MemberNameIndex {
  readonly model: Model<NameDocument>;

  constructor(connection: Connection, collection = 'member_names') {
    super();
    this.model =
      (connection.models[collection] as Model<NameDocument> | undefined) ??
      connection.model<NameDocument>(collection, schema, collection);
  }

  async write(entries: readonly NameEntry[], removed: readonly string[]): Promise<void> {
    const writes = [
      ...entries.map(({ memberId, path, tokens }) => ({
        replaceOne: {
          filter: { _id: memberId },
          replacement: { _id: memberId, path: [...path], tokens: [...tokens] },
          upsert: true,
        },
      })),
      ...removed.map((memberId) => ({ deleteOne: { filter: { _id: memberId } } })),
    ];
    if (writes.length > 0) await this.model.bulkWrite(writes, { ordered: false });
  }

  async search({ tokens, unitId, limit, after }: NameSearch): Promise<string[]> {
    if (tokens.length === 0) return [];
    const found = await this.model
      .find(
        { tokens: { $all: [...tokens] }, path: unitId, ...(after ? { _id: { $gt: after } } : {}) },
        { _id: 1 },
      )
      .sort({ _id: 1 })
      .limit(limit)
      .lean();
    return found.map((doc) => doc._id);
  }
}

/** At most this many members are read at once. */
const CONCURRENCY = 16;

/** The events after which her entry changes: her name is only ever given at admission. */
const REINDEXED: ReadonlySet<string> = new Set([
  'vn.vwu.membership.MemberAdmitted.v1',
  'vn.vwu.membership.MemberTransferred.v1',
  'vn.vwu.membership.MemberReadmitted.v1',
  'vn.vwu.membership.MemberErased.v1',
]);

/**
 * Keeps the directory from the service's own public events: after any event of hers, her entry
 * is written whole from her stream as it is now (her name opened with her key, her branch), or
 * removed once she is erased. Idempotent and order-independent: it never reads the event's data.
 */
export class MemberNameIndexer implements ProjectionHandler {
  constructor(
    private readonly index: MemberNameIndex,
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
  ) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const ids = [...new Set(events.filter((e) => REINDEXED.has(e.type)).map((e) => e.subject))];
    const entries: NameEntry[] = [];
    const removed: string[] = [];
    for (let i = 0; i < ids.length; i += CONCURRENCY)
      for (const [id, entry] of await Promise.all(
        ids.slice(i, i + CONCURRENCY).map(async (id) => [id, await this.entryOf(id)] as const),
      ))
        if (entry) entries.push(entry);
        else removed.push(id);
    await this.index.write(entries, removed);
  }

  /** Her entry from her stream as it is now; undefined once she is erased (or unknown). */
  private async entryOf(memberId: string): Promise<NameEntry | undefined> {
    const loaded = await this.members.load(memberId);
    const fields =
      loaded.sealed && loaded.state.status !== 'not-admitted'
        ? await this.personalData.vault.open<PersonalFields>(memberId, loaded.sealed)
        : undefined;
    if (!fields || loaded.state.status === 'not-admitted') return undefined;
    const tokens = namePrefixes(fields.fullName).map((p) =>
      this.personalData.index.token('name', p),
    );
    return { memberId, path: memberPath(loaded.state), tokens };
  }
}
