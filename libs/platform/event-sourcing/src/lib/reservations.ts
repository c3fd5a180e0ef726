import { Schema, type Connection, type Model } from 'mongoose';

interface ReservationDocument {
  /** `<namespace>:<key>`, e.g. `unit-name:<parentId>:<siblingNameKey>`. */
  _id: string;
  /** The stream that holds (or is about to hold) the value. */
  owner: string;
  confirmed: boolean;
  reservedAt: Date;
}

const reservationSchema = new Schema<ReservationDocument>(
  {
    _id: { type: String },
    owner: { type: String, required: true },
    confirmed: { type: Boolean, required: true },
    reservedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Redundant on MongoDB (the _id index already decides), but the local store (ADR 0004) serves a
// query from an index only when it gives every key of it: confirm and release select by
// (_id, owner), and without this index each of them scanned every reservation (11 ms at 22,000
// units, with the collection locked meanwhile: merges at Hanoi scale ran into the gateway's
// timeout). With it: 0.7 ms.
reservationSchema.index({ _id: 1, owner: 1 }, { unique: true, name: 'value_owner' });

/** A value and the stream that wants it. */
export interface Wanted {
  readonly id: string;
  readonly owner: string;
}

/**
 * Inserts documents by `_id` in one unordered write; the ids that existed already (duplicate
 * key) are returned, any other failure is thrown.
 */
export async function insertAllowingDuplicates<D extends { _id: string }>(
  model: Model<D>,
  docs: readonly D[],
): Promise<Set<string>> {
  if (docs.length === 0) return new Set();
  try {
    await model.collection.insertMany(docs as never[], { ordered: false });
    return new Set();
  } catch (error) {
    const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
    const failed = Array.isArray(writeErrors)
      ? (writeErrors as { code?: number; index: number }[])
      : [writeErrors as { code?: number; index: number } | undefined];
    if (failed.some((e) => e?.code !== DUPLICATE_KEY)) throw error;
    return new Set(failed.flatMap((e) => (e ? [docs[e.index]?._id ?? ''] : [])));
  }
}

const DUPLICATE_KEY = 11000;

/** Somebody else holds the value (a name among siblings, a national id number). */
export class ReservationTakenError extends Error {
  constructor(readonly reservation: string) {
    super(`${reservation.split(':')[0] ?? 'value'} is already taken`);
    this.name = 'ReservationTakenError';
  }
}

/** Whether the owner's stream really holds the value: decides over an unconfirmed reservation. */
export type OwnerHolds = (owner: string) => Promise<boolean>;

/**
 * Uniqueness across aggregates (ARCHITECTURE.md): a document per value with the unique `_id`,
 * taken before the append, confirmed after it, released when the append fails. A crash between
 * reserve and append leaves an unconfirmed reservation; after `staleAfterMs` it is taken over
 * if its owner's stream does not hold the value, so nothing stays blocked for ever.
 */
export class ReservationStore {
  private readonly reservations: Model<ReservationDocument>;

  constructor(
    connection: Connection,
    private readonly staleAfterMs = 60_000,
  ) {
    this.reservations =
      (connection.models['reservations'] as Model<ReservationDocument> | undefined) ??
      connection.model<ReservationDocument>('reservations', reservationSchema, 'reservations');
  }

  /** Creates the indexes; call once at start-up (confirm and release rely on them). */
  async init(): Promise<void> {
    await this.reservations.init();
  }

  async reserve(
    id: string,
    owner: string,
    ownerHolds: OwnerHolds,
    now = new Date(),
  ): Promise<void> {
    try {
      await this.reservations.create({ _id: id, owner, confirmed: false, reservedAt: now });
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
    const existing = await this.reservations.findById(id).lean();
    if (!existing) return this.reserve(id, owner, ownerHolds, now); // released meanwhile
    if (existing.owner !== owner) await this.takeOverIfAbandoned(existing, owner, ownerHolds, now);
  }

  /** An unconfirmed, stale reservation whose owner never got the value is taken over. */
  private async takeOverIfAbandoned(
    existing: ReservationDocument,
    owner: string,
    ownerHolds: OwnerHolds,
    now: Date,
  ): Promise<void> {
    const age = now.getTime() - existing.reservedAt.getTime();
    const abandoned =
      !existing.confirmed && age > this.staleAfterMs && !(await ownerHolds(existing.owner));
    if (!abandoned) throw new ReservationTakenError(existing._id);
    const taken = await this.reservations.updateOne(
      { _id: existing._id, owner: existing.owner, reservedAt: existing.reservedAt },
      { $set: { owner, confirmed: false, reservedAt: now } },
    );
    if (taken.modifiedCount !== 1) throw new ReservationTakenError(existing._id);
  }

  async confirm(id: string, owner: string): Promise<void> {
    await this.reservations.updateOne({ _id: id, owner }, { $set: { confirmed: true } });
  }

  async release(id: string, owner: string): Promise<void> {
    await this.reservations.deleteOne({ _id: id, owner });
  }

  /**
   * Who holds the values of a namespace prefix (e.g. `unit-name:<parentId>:`: the children of a
   * unit), confirmed or not, in id order.
   */
  async holdersByPrefix(prefix: string): Promise<readonly string[]> {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = await this.reservations
      .find({ _id: { $regex: `^${escaped}` } }, { owner: 1 })
      .sort({ _id: 1 })
      .lean();
    return found.map((reservation) => reservation.owner);
  }

  /**
   * Reserves many values at once (a bulk import): one insert for all, then the one-by-one path
   * for those somebody holds already. Returns the ids held by another owner; a value its own
   * owner holds already (a resumed import) is not one of them.
   */
  async reserveAll(wanted: readonly Wanted[], ownerHolds: OwnerHolds): Promise<Set<string>> {
    const now = new Date();
    const docs = wanted.map(({ id, owner }) => ({
      _id: id,
      owner,
      confirmed: false,
      reservedAt: now,
    }));
    const duplicates = await insertAllowingDuplicates(this.reservations, docs);
    const taken = new Set<string>();
    for (const { id, owner } of wanted.filter((w) => duplicates.has(w.id)))
      await this.reserve(id, owner, ownerHolds, now).catch((error: unknown) => {
        if (!(error instanceof ReservationTakenError)) throw error;
        taken.add(id);
      });
    return taken;
  }

  async confirmAll(held: readonly Wanted[]): Promise<void> {
    if (held.length === 0) return;
    await this.reservations.bulkWrite(
      held.map(({ id, owner }) => ({
        updateOne: { filter: { _id: id, owner }, update: { $set: { confirmed: true } } },
      })),
      { ordered: false },
    );
  }

  async releaseAll(held: readonly Wanted[]): Promise<void> {
    if (held.length === 0) return;
    await this.reservations.bulkWrite(
      held.map(({ id, owner }) => ({ deleteOne: { filter: { _id: id, owner } } })),
      { ordered: false },
    );
  }

  /** Who holds each of the values (those nobody holds are absent). */
  async holders(ids: readonly string[]): Promise<Map<string, string>> {
    const found = await this.reservations.find({ _id: { $in: ids } }, { owner: 1 }).lean();
    return new Map(found.map((reservation) => [reservation._id, reservation.owner]));
  }

  async holder(id: string): Promise<string | undefined> {
    return (await this.reservations.findById(id).lean())?.owner;
  }
}
