import {
  UnitImportJobs,
  type PlannedUnit,
  type UnitImportJob,
} from '@vwu/organisation-application';
import type { FieldError } from '@vwu/platform-http';
import { Schema, type Connection, type Model } from 'mongoose';
import {
  LEASE_FIELDS,
  LeasedJobDocuments,
  type LeasedJobDocument,
} from '@vwu/platform-event-sourcing';

/** Rows per stored chunk: 1,000 planned units are about 250 kB, far below a document's 16 MB. */
const CHUNK = 1_000;

type JobDocument = Omit<UnitImportJob, 'id'> & LeasedJobDocument;

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
    ...LEASE_FIELDS,
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
  private readonly lifecycle: LeasedJobDocuments<JobDocument, UnitImportJob>;

  constructor(connection: Connection) {
    super();
    this.jobs = model(connection, 'unit_import_jobs', jobSchema);
    this.chunks = model(connection, 'unit_import_rows', chunkSchema);
    this.lifecycle = new LeasedJobDocuments(this.jobs, toJob);
  }

  /** The rows first, then the job: a job is never visible without all of its rows. */
  async create(
    { id, ...job }: UnitImportJob,
    rows: readonly PlannedUnit[],
  ): Promise<UnitImportJob> {
    const existing = await this.jobs.findById(id).lean();
    // The same file again after a refusal at run time: go on from where it stopped.
    if (existing?.status === 'failed') await this.lifecycle.retry(id);
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

  get(id: string): Promise<UnitImportJob | undefined> {
    return this.lifecycle.get(id);
  }

  claim(owner: string, leaseMs: number): Promise<UnitImportJob | undefined> {
    return this.lifecycle.claim(owner, leaseMs);
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

  advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean> {
    return this.lifecycle.advance(id, owner, done, leaseMs);
  }

  finish(id: string, owner: string, failure?: FieldError): Promise<void> {
    return this.lifecycle.finish(id, owner, failure);
  }
}
