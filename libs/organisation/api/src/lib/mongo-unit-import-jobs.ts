import {
  UnitImportJobs,
  type PlannedUnit,
  type UnitImportJob,
} from '@vwu/organisation-application';
import type { FieldError } from '@vwu/platform-http';
import { Schema, type Connection, type Model } from 'mongoose';

/** Rows per stored chunk: 1,000 planned units are about 250 kB, far below a document's 16 MB. */
const CHUNK = 1_000;

interface JobDocument extends Omit<UnitImportJob, 'id'> {
  _id: string;
  leaseOwner?: string | null;
  leaseUntil?: Date | null;
}

interface ChunkDocument {
  /** `<jobId>:<chunk number>` */
  _id: string;
  rows: PlannedUnit[];
}

const jobSchema = new Schema<JobDocument>(
  {
    _id: String,
    fileName: String,
    format: String,
    parentId: String,
    total: Number,
    done: Number,
    status: String,
    userId: String,
    correlationId: String,
    createdAt: Date,
    finishedAt: Date,
    failure: Schema.Types.Mixed,
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
  },
  { versionKey: false },
);
const chunkSchema = new Schema<ChunkDocument>(
  { _id: String, rows: Schema.Types.Mixed },
  { versionKey: false },
);

function model<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, name)
  );
}

const chunkId = (jobId: string, chunk: number) => `${jobId}:${String(chunk).padStart(6, '0')}`;

function toJob({ _id, leaseOwner: _o, leaseUntil: _u, ...job }: JobDocument): UnitImportJob {
  return { id: _id, ...job };
}

/** Import jobs in the service's database: a job document, and its planned rows in chunks. */
export class MongoUnitImportJobs extends UnitImportJobs {
  private readonly jobs: Model<JobDocument>;
  private readonly chunks: Model<ChunkDocument>;

  constructor(connection: Connection) {
    super();
    this.jobs = model(connection, 'unit_import_jobs', jobSchema);
    this.chunks = model(connection, 'unit_import_rows', chunkSchema);
  }

  /** The rows first, then the job: a job is never visible without all of its rows. */
  async create(
    { id, ...job }: UnitImportJob,
    rows: readonly PlannedUnit[],
  ): Promise<UnitImportJob> {
    const existing = await this.jobs.findById(id).lean();
    if (existing?.status === 'failed') {
      // The same file again after a refusal at run time: go on from where it stopped.
      await this.jobs.updateOne(
        { _id: id, status: 'failed' },
        { $set: { status: 'running' }, $unset: { failure: 1, finishedAt: 1 } },
      );
    }
    if (existing) return (await this.get(id)) as UnitImportJob;
    const writes = [];
    for (let from = 0; from < rows.length; from += CHUNK) {
      const chunk = { _id: chunkId(id, from / CHUNK), rows: rows.slice(from, from + CHUNK) };
      writes.push({ replaceOne: { filter: { _id: chunk._id }, replacement: chunk, upsert: true } });
    }
    for (let at = 0; at < writes.length; at += 20)
      await this.chunks.bulkWrite(writes.slice(at, at + 20), { ordered: false });
    try {
      await this.jobs.create({ _id: id, ...job });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
    return (await this.get(id)) as UnitImportJob;
  }

  async get(id: string): Promise<UnitImportJob | undefined> {
    const found = await this.jobs.findById(id).lean();
    return found ? toJob(found) : undefined;
  }

  async claim(owner: string, leaseMs: number): Promise<UnitImportJob | undefined> {
    const now = new Date();
    const claimed = await this.jobs
      .findOneAndUpdate(
        { status: 'running', $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
        { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) } },
        { sort: { createdAt: 1 }, returnDocument: 'after' },
      )
      .lean();
    return claimed ? toJob(claimed) : undefined;
  }

  async rows(id: string, from: number, limit: number): Promise<readonly PlannedUnit[]> {
    const first = Math.floor(from / CHUNK);
    const last = Math.floor((from + limit - 1) / CHUNK);
    const ids = Array.from({ length: last - first + 1 }, (_, i) => chunkId(id, first + i));
    const found = await this.chunks.find({ _id: { $in: ids } }).lean();
    const ordered = found.sort((a, b) => a._id.localeCompare(b._id)).flatMap((c) => c.rows);
    const skip = from - first * CHUNK;
    return ordered.slice(skip, skip + limit);
  }

  async advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean> {
    const leaseUntil = new Date(Date.now() + leaseMs);
    const result = await this.jobs.updateOne(
      { _id: id, leaseOwner: owner },
      { $set: { done, leaseUntil } },
    );
    return result.matchedCount === 1;
  }

  async finish(id: string, owner: string, failure?: FieldError): Promise<void> {
    const status = failure ? 'failed' : 'completed';
    await this.jobs.updateOne(
      { _id: id, leaseOwner: owner },
      {
        $set: { status, finishedAt: new Date(), ...(failure ? { failure } : {}) },
        $unset: { leaseOwner: 1, leaseUntil: 1 },
      },
    );
  }
}
