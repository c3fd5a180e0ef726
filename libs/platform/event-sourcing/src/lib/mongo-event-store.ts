import { metrics } from '@vwu/platform-metrics';
import { Schema, type Connection, type Model } from 'mongoose';
import {
  EventStore,
  VersionConflictError,
  commitOf,
  versionAfter,
  type AppendRequest,
  type AppendResult,
  type Commit,
  type StoredEvent,
} from './event-store';

/** A commit as stored: the commit itself plus its outbox state. */
export interface CommitDocument extends Commit {
  published: boolean;
  publishedAt?: Date;
}

const DUPLICATE_KEY = 11000;

const commitSchema = new Schema<CommitDocument>(
  {
    streamId: { type: String, required: true },
    version: { type: Number, required: true },
    events: { type: [Schema.Types.Mixed], required: true },
    metadata: { type: Schema.Types.Mixed, required: true },
    committedAt: { type: Date, required: true },
    published: { type: Boolean, required: true, default: false },
    publishedAt: { type: Date },
  },
  { versionKey: false, minimize: false },
);
// The optimistic-concurrency check: two commits cannot follow the same stream version.
commitSchema.index({ streamId: 1, version: 1 }, { unique: true });
// The outbox relay's query: unpublished commits, lowest versions first.
commitSchema.index({ published: 1, version: 1 });

export function commitModel(connection: Connection, collection = 'commits'): Model<CommitDocument> {
  return (
    (connection.models[collection] as Model<CommitDocument> | undefined) ??
    connection.model<CommitDocument>(collection, commitSchema, collection)
  );
}

function isDuplicateKey(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === DUPLICATE_KEY
  );
}

/**
 * One document per commit in a MongoDB (or local MongoDB-compatible) collection. No multi-document
 * transactions: the unique (streamId, version) index makes the insert the only write.
 */
export class MongoEventStore extends EventStore {
  readonly commits: Model<CommitDocument>;

  /**
   * `exactIndexLookups`: for a store that uses an index only when a query gives every key of it
   * (mongo-java-server, the local store: ADR 0004), streams are read commit by commit by
   * (streamId, version) instead of by a scan of every commit. MongoDB itself does not need it.
   */
  constructor(
    connection: Connection,
    collection = 'commits',
    private readonly options: { readonly exactIndexLookups?: boolean } = {},
  ) {
    super();
    this.commits = commitModel(connection, collection);
  }

  /** Creates the indexes; call once at start-up (append relies on the unique one). */
  async init(): Promise<void> {
    await this.commits.init();
  }

  async readStream(streamId: string): Promise<readonly StoredEvent[]> {
    return (await this.commitsOf(streamId)).flatMap((commit) => commit.events);
  }

  private async commitsOf(streamId: string): Promise<readonly Commit[]> {
    if (!this.options.exactIndexLookups)
      return this.commits.find({ streamId }).sort({ version: 1 }).lean();
    const commits: Commit[] = [];
    for (let version = 1; ;) {
      const commit = await this.commits.findOne({ streamId, version }).lean();
      if (!commit) return commits;
      commits.push(commit);
      version = versionAfter(commit) + 1;
    }
  }

  private async lastCommit(streamId: string): Promise<Pick<Commit, 'version' | 'events'> | null> {
    if (this.options.exactIndexLookups) return (await this.commitsOf(streamId)).at(-1) ?? null;
    return this.commits
      .findOne({ streamId }, { version: 1, events: 1 })
      .sort({ version: -1 })
      .lean();
  }

  /** One unordered insert of every first commit: the unique index refuses existing streams. */
  override async startStreams(requests: readonly AppendRequest[]): Promise<Set<string>> {
    const commits = requests.map((request) => ({
      ...commitOf({ ...request, expectedVersion: 0 }),
      published: false,
    }));
    if (commits.length === 0) return new Set();
    const end = metrics.appendDuration.startTimer({ operation: 'start-streams' });
    try {
      await this.commits.collection.insertMany(commits, { ordered: false });
      return new Set();
    } catch (error) {
      const failed = (error as { writeErrors?: { code?: number; index: number }[] }).writeErrors;
      if (!Array.isArray(failed) || failed.some((e) => e.code !== DUPLICATE_KEY)) throw error;
      return new Set(failed.map((e) => commits[e.index]?.streamId ?? ''));
    } finally {
      end();
    }
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    const end = metrics.appendDuration.startTimer({ operation: 'append' });
    try {
      return await this.appendOnce(request);
    } catch (error) {
      if (error instanceof VersionConflictError) metrics.appendConflicts.inc();
      throw error;
    } finally {
      end();
    }
  }

  private async appendOnce(request: AppendRequest): Promise<AppendResult> {
    // Refuses an expected version ahead of the stream (which the index alone would accept and
    // leave a gap); a version behind it is refused by the index, even under a race.
    const last = await this.lastCommit(request.streamId);
    if ((last ? versionAfter(last) : 0) !== request.expectedVersion) {
      throw new VersionConflictError(request.streamId, request.expectedVersion);
    }
    const commit = commitOf(request);
    try {
      await this.commits.create({ ...commit, published: false });
    } catch (error) {
      if (isDuplicateKey(error))
        throw new VersionConflictError(request.streamId, request.expectedVersion);
      throw error;
    }
    return { version: versionAfter(commit), commit };
  }
}
