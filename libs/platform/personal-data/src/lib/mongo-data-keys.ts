import { Schema, type Connection, type Model } from 'mongoose';
import { DataKeys, type NewKey, type StoredKey } from './data-keys';

interface KeyDocument {
  /** The data subject's id. */
  _id: string;
  keyId?: string;
  /** base64: the same bytes whatever the driver makes of binary fields. */
  wrapped?: string;
  erasedAt?: Date;
  createdAt: Date;
}

const schema = new Schema<KeyDocument>(
  {
    _id: { type: String },
    keyId: { type: String },
    wrapped: { type: String },
    erasedAt: { type: Date },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

function toStored(doc: KeyDocument): StoredKey {
  if (doc.erasedAt || !doc.wrapped || !doc.keyId)
    return { state: 'erased', erasedAt: doc.erasedAt ?? doc.createdAt };
  return { state: 'active', keyId: doc.keyId, wrapped: Buffer.from(doc.wrapped, 'base64') };
}

/**
 * Data keys in the service's database, one document per subject. An erasure overwrites the
 * wrapped key with a tombstone (an update, not a delete, so no later seal creates a new one).
 */
export class MongoDataKeys extends DataKeys {
  readonly model: Model<KeyDocument>;

  constructor(connection: Connection, collection = 'data_keys') {
    super();
    this.model =
      (connection.models[collection] as Model<KeyDocument> | undefined) ??
      connection.model<KeyDocument>(collection, schema, collection);
  }

  async create(subjectId: string, key: { keyId: string; wrapped: Buffer }): Promise<StoredKey> {
    try {
      const wrapped = key.wrapped.toString('base64');
      await this.model.create({ _id: subjectId, keyId: key.keyId, wrapped, createdAt: new Date() });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
    return (await this.get(subjectId)) as StoredKey;
  }

  /** One unordered insert; the subjects that had a key (or a tombstone) keep it. */
  override async createAll(keys: ReadonlyMap<string, NewKey>): Promise<Map<string, StoredKey>> {
    const createdAt = new Date();
    const docs = [...keys].map(([_id, key]) => ({
      _id,
      keyId: key.keyId,
      wrapped: key.wrapped.toString('base64'),
      createdAt,
    }));
    const stored = new Map<string, StoredKey>(docs.map((doc) => [doc._id, toStored(doc)]));
    if (docs.length === 0) return stored;
    try {
      await this.model.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      const failed = (error as { writeErrors?: { code?: number }[] }).writeErrors;
      if (!Array.isArray(failed) || failed.some((e) => e.code !== 11000)) throw error;
      const existing = await this.model.find({ _id: { $in: [...keys.keys()] } }).lean();
      for (const doc of existing) stored.set(doc._id, toStored(doc));
    }
    return stored;
  }

  async get(subjectId: string): Promise<StoredKey | undefined> {
    const doc = await this.model.findById(subjectId).lean();
    return doc ? toStored(doc) : undefined;
  }

  async erase(subjectId: string, at: Date): Promise<void> {
    await this.model.updateOne(
      { _id: subjectId },
      { $set: { erasedAt: at }, $unset: { wrapped: 1, keyId: 1 }, $setOnInsert: { createdAt: at } },
      { upsert: true },
    );
  }
}
