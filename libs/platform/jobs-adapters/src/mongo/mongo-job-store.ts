import { Schema, type Connection, type Model } from 'mongoose';
import { JobStore, type JobFailure, type JobRecord } from '@vwu/platform-jobs';
import { LEASE_FIELDS, LeasedJobDocuments, type LeasedJobDocument } from './leased-job-documents';

/** How a chunk of rows is written and read back: in clear, or sealed under a key of the job's. */
export interface RowCodec<R> {
  /** The chunk document's fields besides `_id`. */
  pack(jobId: string, rows: readonly R[]): Promise<Record<string, unknown>>;
  unpack(jobId: string, chunk: Record<string, unknown>): Promise<readonly R[]>;
  /** When the job completes: what must not outlive its rows (a data key) is erased. */
  shred?(jobId: string): Promise<void>;
}

/** Where and how a job kind keeps its documents. */
export interface JobStorage<R> {
  /** The collection of job documents (counts and state, nothing personal). */
  readonly jobs: string;
  /** The collection of row chunks. */
  readonly rows: string;
  /** Rows per chunk document, far below a document's 16 MB. */
  readonly chunk: number;
  /** Chunk documents per bulk write. */
  readonly chunksPerWrite: number;
  /** The chunk document's id; `<jobId>:<chunk number, 6 digits>` unless given. */
  readonly chunkId?: (jobId: string, chunk: number) => string;
  /** `{ rows }` in clear unless given. */
  readonly codec?: RowCodec<R>;
  /** Completed jobs' rows deleted (their codec shredded first): no copy outlives the job. */
  readonly dropRowsOnCompletion?: boolean;
}

type JobDocument = LeasedJobDocument & Record<string, unknown>;
interface ChunkDocument extends Record<string, unknown> {
  _id: string;
}

/** The fields every job has; a job's own fields are stored as they come (`strict: false`). */
const jobSchema = new Schema<JobDocument>(
  {
    _id: String,
    total: Number,
    done: Number,
    status: String,
    createdAt: Date,
    finishedAt: Date,
    failure: Schema.Types.Mixed,
    ...LEASE_FIELDS,
  },
  { versionKey: false, strict: false },
);
const chunkSchema = new Schema<ChunkDocument>(
  { _id: String },
  { versionKey: false, strict: false },
);

function model<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, name)
  );
}

const sixDigits = (jobId: string, chunk: number) => `${jobId}:${String(chunk).padStart(6, '0')}`;

function plain<R>(): RowCodec<R> {
  return {
    pack: (_jobId, rows) => Promise.resolve({ rows }),
    unpack: (_jobId, chunk) => Promise.resolve((chunk['rows'] as R[] | undefined) ?? []),
  };
}

/** A job store in the service's database: a job document, and its rows in chunk documents. */
export class MongoJobStore<J extends JobRecord, R> extends JobStore<J, R> {
  private readonly jobs: Model<JobDocument>;
  private readonly chunks: Model<ChunkDocument>;
  private readonly lifecycle: LeasedJobDocuments<JobDocument, J>;
  private readonly codec: RowCodec<R>;
  private readonly chunkId: (jobId: string, chunk: number) => string;

  constructor(
    connection: Connection,
    private readonly storage: JobStorage<R>,
  ) {
    super();
    this.jobs = model(connection, storage.jobs, jobSchema);
    this.chunks = model(connection, storage.rows, chunkSchema);
    this.lifecycle = new LeasedJobDocuments(this.jobs, toJob<J>);
    this.codec = storage.codec ?? plain<R>();
    this.chunkId = storage.chunkId ?? sixDigits;
  }

  async create({ id, ...job }: J, rows: readonly R[]): Promise<J> {
    const existing = await this.jobs.findById(id).lean();
    // The same upload again after a refusal at run time: go on from where it stopped.
    if (existing?.status === 'failed') await this.lifecycle.retry(id);
    if (existing) return (await this.get(id)) as J;
    await this.writeRows(id, rows);
    try {
      await this.jobs.create({ _id: id, ...job });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
    return (await this.get(id)) as J;
  }

  private async writeRows(id: string, rows: readonly R[]): Promise<void> {
    const { chunk, chunksPerWrite } = this.storage;
    for (let from = 0; from < rows.length; from += chunk * chunksPerWrite) {
      const writes = [];
      for (let at = from; at < Math.min(rows.length, from + chunk * chunksPerWrite); at += chunk) {
        const _id = this.chunkId(id, at / chunk);
        const fields = await this.codec.pack(id, rows.slice(at, at + chunk));
        const replacement = { _id, ...fields };
        writes.push({ replaceOne: { filter: { _id }, replacement, upsert: true } });
      }
      await this.chunks.bulkWrite(writes, { ordered: false });
    }
  }

  get(id: string): Promise<J | undefined> {
    return this.lifecycle.get(id);
  }

  retry(id: string): Promise<void> {
    return this.lifecycle.retry(id);
  }

  claim(owner: string, leaseMs: number): Promise<J | undefined> {
    return this.lifecycle.claim(owner, leaseMs);
  }

  async rows(id: string, from: number, limit: number): Promise<readonly R[]> {
    const { chunk } = this.storage;
    const first = Math.floor(from / chunk);
    const last = Math.floor((from + limit - 1) / chunk);
    const ids = Array.from({ length: last - first + 1 }, (_, i) => this.chunkId(id, first + i));
    const found = await this.chunks.find({ _id: { $in: ids } }).lean();
    const opened = await Promise.all(
      found
        .sort((a, b) => a._id.localeCompare(b._id))
        .map((document) => this.codec.unpack(id, document)),
    );
    const skip = from - first * chunk;
    return opened.flat().slice(skip, skip + limit);
  }

  advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean> {
    return this.lifecycle.advance(id, owner, done, leaseMs);
  }

  /**
   * A completed job's rows go first (when the storage drops them), then the job is marked: a
   * crash in between leaves a job with every row done, which the next runner finishes again
   * without reading its rows.
   */
  async finish(id: string, owner: string, failure?: JobFailure): Promise<void> {
    if (!failure && this.storage.dropRowsOnCompletion) {
      await this.codec.shred?.(id);
      await this.chunks.deleteMany({ _id: { $regex: `^${id}:` } });
    }
    await this.lifecycle.finish(id, owner, failure);
  }
}

function toJob<J>({ _id, leaseOwner: _o, leaseUntil: _u, ...job }: JobDocument): J {
  return { id: _id, ...job } as J;
}
