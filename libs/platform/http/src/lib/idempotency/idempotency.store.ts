import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { sameFingerprint, type RequestFingerprint } from './idempotency-key';

export interface IdempotencyRecord {
  readonly userId: string;
  readonly key: string;
  readonly fingerprint: RequestFingerprint;
  readonly state: 'in-progress' | 'completed';
  /** Which attempt holds an in-progress record: only it may complete or abandon it. */
  readonly attempt: string;
  readonly status?: number;
  /** The response body as JSON; absent when the handler returned nothing. */
  readonly body?: string;
  readonly createdAt: Date;
  /** An in-progress record older than this was left by a crash: a retry takes it over. */
  readonly lockedUntil: Date;
  readonly expiresAt: Date;
}

/** Keys are per user: one user's key never replays another user's response. */
export interface IdempotencyScope {
  readonly userId: string;
  readonly key: string;
}

export interface IdempotencyLease extends IdempotencyScope {
  readonly attempt: string;
}

export type BeginOutcome =
  | { readonly kind: 'started'; readonly lease: IdempotencyLease }
  | { readonly kind: 'replay'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'in-progress' }
  | { readonly kind: 'key-reused' };

export interface IdempotencyStoreOptions {
  readonly collection?: string;
  /** How long a key is remembered (default 24 h). */
  readonly ttlMs?: number;
  /** How long a first request may run before a retry may take its key over (default 2 min). */
  readonly lockMs?: number;
  readonly now?: () => Date;
}

type StoredRecord = IdempotencyRecord & { _id: Types.ObjectId };

const DUPLICATE_KEY = 11000;
const HOUR = 3_600_000;

const recordSchema = new Schema<IdempotencyRecord>(
  {
    userId: { type: String, required: true },
    key: { type: String, required: true },
    fingerprint: { type: Schema.Types.Mixed, required: true },
    state: { type: String, required: true, enum: ['in-progress', 'completed'] },
    attempt: { type: String, required: true },
    status: { type: Number },
    body: { type: String },
    createdAt: { type: Date, required: true },
    lockedUntil: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
// The one guarantee against running a command twice: one record per user and key.
recordSchema.index({ userId: 1, key: 1 }, { unique: true });
// purgeExpired(): the local stores apply no TTL indexes, so expiry is a query (README, ADR 0004).
recordSchema.index({ expiresAt: 1 });

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;
}

function outcomeOf(record: StoredRecord, fingerprint: RequestFingerprint): BeginOutcome {
  if (!sameFingerprint(record.fingerprint, fingerprint)) return { kind: 'key-reused' };
  if (record.state === 'in-progress') return { kind: 'in-progress' };
  const body: unknown = record.body === undefined ? undefined : JSON.parse(record.body);
  return { kind: 'replay', status: record.status ?? 200, body };
}

/**
 * Remembers, per user and Idempotency-Key, the first request and its response, in the service's
 * own database (collection `idempotency_keys`). No transactions: the unique index decides which of
 * two concurrent first requests runs.
 */
export class IdempotencyStore {
  readonly records: Model<IdempotencyRecord>;
  private readonly ttlMs: number;
  private readonly lockMs: number;
  private readonly now: () => Date;

  constructor(connection: Connection, options: IdempotencyStoreOptions = {}) {
    const collection = options.collection ?? 'idempotency_keys';
    this.records =
      (connection.models[collection] as Model<IdempotencyRecord> | undefined) ??
      connection.model<IdempotencyRecord>(collection, recordSchema, collection);
    this.ttlMs = options.ttlMs ?? 24 * HOUR;
    this.lockMs = options.lockMs ?? 120_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Creates the indexes; call once at start-up (begin relies on the unique one). */
  async init(): Promise<void> {
    await this.records.init();
  }

  /** Claims the key for this request, or says what became of an earlier one with it. */
  async begin(scope: IdempotencyScope, fingerprint: RequestFingerprint): Promise<BeginOutcome> {
    // A stale record removed below may be claimed by a concurrent retry first: look again.
    for (let round = 0; round < 3; round += 1) {
      const lease = await this.claim(scope, fingerprint);
      if (lease) return { kind: 'started', lease };
      const existing = await this.records.findOne(scope).lean<StoredRecord>();
      if (!existing) continue;
      if (!this.isStale(existing)) return outcomeOf(existing, fingerprint);
      await this.records.deleteOne({ _id: existing._id, attempt: existing.attempt });
    }
    return { kind: 'in-progress' };
  }

  /** Keeps the response for the retries to come. */
  async complete(
    lease: IdempotencyLease,
    response: { status: number; body: unknown },
  ): Promise<void> {
    const body = response.body === undefined ? undefined : JSON.stringify(response.body);
    await this.records.updateOne(
      { ...lease, state: 'in-progress' },
      {
        $set: {
          state: 'completed',
          status: response.status,
          ...(body === undefined ? {} : { body }),
        },
      },
    );
  }

  /** Forgets a request that failed, so that a retry runs it again. */
  async abandon(lease: IdempotencyLease): Promise<void> {
    await this.records.deleteOne({ ...lease, state: 'in-progress' });
  }

  /** Removes the expired records; run it now and then (an interval in the service). */
  async purgeExpired(): Promise<number> {
    const { deletedCount } = await this.records.deleteMany({ expiresAt: { $lte: this.now() } });
    return deletedCount;
  }

  private async claim(
    scope: IdempotencyScope,
    fingerprint: RequestFingerprint,
  ): Promise<IdempotencyLease | undefined> {
    const now = this.now();
    const lease = { ...scope, attempt: randomUUID() };
    try {
      await this.records.create({
        ...lease,
        fingerprint,
        state: 'in-progress',
        createdAt: now,
        lockedUntil: new Date(now.getTime() + this.lockMs),
        expiresAt: new Date(now.getTime() + this.ttlMs),
      });
      return lease;
    } catch (error) {
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
  }

  private isStale(record: StoredRecord): boolean {
    const now = this.now().getTime();
    if (record.expiresAt.getTime() <= now) return true;
    return record.state === 'in-progress' && record.lockedUntil.getTime() <= now;
  }
}
