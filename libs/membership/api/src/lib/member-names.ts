import { isContextEvent, type PublicEvent } from '@vwu/contracts';
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

  async put({ memberId, path, tokens }: NameEntry): Promise<void> {
    await this.model.replaceOne(
      { _id: memberId },
      { path: [...path], tokens: [...tokens] },
      { upsert: true },
    );
  }

  async remove(memberId: string): Promise<void> {
    await this.model.deleteOne({ _id: memberId });
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
    const ids = [
      ...new Set(events.filter((e) => isContextEvent('membership', e)).map((e) => e.subject)),
    ];
    for (let i = 0; i < ids.length; i += CONCURRENCY)
      await Promise.all(ids.slice(i, i + CONCURRENCY).map((id) => this.reindex(id)));
  }

  private async reindex(memberId: string): Promise<void> {
    const loaded = await this.members.load(memberId);
    const fields =
      loaded.sealed && loaded.state.status !== 'not-admitted'
        ? await this.personalData.vault.open<PersonalFields>(memberId, loaded.sealed)
        : undefined;
    if (!fields || loaded.state.status === 'not-admitted') return this.index.remove(memberId);
    const tokens = namePrefixes(fields.fullName).map((p) =>
      this.personalData.index.token('name', p),
    );
    await this.index.put({ memberId, path: memberPath(loaded.state), tokens });
  }
}
