import {
  MemberImportJobs,
  type MemberImportJob,
  type PlannedMember,
} from '@vwu/membership-application';
import {
  LEASE_FIELDS,
  LeasedJobDocuments,
  type LeasedJobDocument,
} from '@vwu/platform-event-sourcing';
import type { FieldError } from '@vwu/platform-http';
import type { PersonalDataVault } from '@vwu/platform-personal-data';
import { Schema, type Connection, type Model } from 'mongoose';

/** Rows per stored chunk, as many as a runner's batch: one chunk opened per batch. */
const CHUNK = 1_000;

type JobDocument = Omit<MemberImportJob, 'id'> & LeasedJobDocument;

/** A chunk of rows, sealed under the job's own data key: no personal data in clear. */
interface ChunkDocument {
  /** `<jobId>:<chunk number>` */
  _id: string;
  sealed: string;
}

const jobSchema = new Schema<JobDocument>(
  {
    _id: String,
    fileName: String,
    format: String,
    total: Number,
    done: Number,
    status: String,
    userId: String,
    roles: [String],
    scopeUnitId: String,
    correlationId: String,
    createdAt: Date,
    finishedAt: Date,
    failure: Schema.Types.Mixed,
    ...LEASE_FIELDS,
  },
  { versionKey: false },
);
const chunkSchema = new Schema<ChunkDocument>(
  { _id: String, sealed: String },
  { versionKey: false },
);

function model<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, name)
  );
}

const chunkId = (jobId: string, chunk: number) => `${jobId}:${String(chunk).padStart(6, '0')}`;
/** The data subject whose key seals a job's rows: erased when the job completes. */
const rowsSubject = (jobId: string) => `member-import:${jobId}`;

function toJob({ _id, leaseOwner: _o, leaseUntil: _u, ...job }: JobDocument): MemberImportJob {
  return { id: _id, ...job };
}

/**
 * Member import jobs in the service's database: a job document (counts and state, nothing
 * personal) and its rows in chunks sealed with the personal-data vault under a key of the
 * job's own. When the job completes the key is erased and the chunks deleted: the rows are
 * gone, and any copy of them (a backup) is noise. The members keep their own keys.
 */
export class MongoMemberImportJobs extends MemberImportJobs {
  private readonly jobs: Model<JobDocument>;
  private readonly chunks: Model<ChunkDocument>;
  private readonly lifecycle: LeasedJobDocuments<JobDocument, MemberImportJob>;

  constructor(
    connection: Connection,
    private readonly vault: PersonalDataVault,
  ) {
    super();
    this.jobs = model(connection, 'member_import_jobs', jobSchema);
    this.chunks = model(connection, 'member_import_rows', chunkSchema);
    this.lifecycle = new LeasedJobDocuments(this.jobs, toJob);
  }

  /** The rows first, then the job: a job is never visible without all of its rows. */
  async create(
    { id, ...job }: MemberImportJob,
    rows: readonly PlannedMember[],
  ): Promise<MemberImportJob> {
    const existing = await this.jobs.findById(id).lean();
    // The same file again after a refusal at run time: go on from where it stopped.
    if (existing?.status === 'failed') await this.lifecycle.retry(id);
    if (existing) return (await this.get(id)) as MemberImportJob;
    for (let from = 0; from < rows.length; from += CHUNK * 10) {
      const writes = [];
      for (let at = from; at < Math.min(rows.length, from + CHUNK * 10); at += CHUNK) {
        const _id = chunkId(id, at / CHUNK);
        const sealed = await this.vault.seal(rowsSubject(id), rows.slice(at, at + CHUNK));
        writes.push({
          replaceOne: { filter: { _id }, replacement: { _id, sealed }, upsert: true },
        });
      }
      await this.chunks.bulkWrite(writes, { ordered: false });
    }
    try {
      await this.jobs.create({ _id: id, ...job });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
    return (await this.get(id)) as MemberImportJob;
  }

  get(id: string): Promise<MemberImportJob | undefined> {
    return this.lifecycle.get(id);
  }

  claim(owner: string, leaseMs: number): Promise<MemberImportJob | undefined> {
    return this.lifecycle.claim(owner, leaseMs);
  }

  async rows(id: string, from: number, limit: number): Promise<readonly PlannedMember[]> {
    const first = Math.floor(from / CHUNK);
    const last = Math.floor((from + limit - 1) / CHUNK);
    const ids = Array.from({ length: last - first + 1 }, (_, i) => chunkId(id, first + i));
    const found = await this.chunks.find({ _id: { $in: ids } }).lean();
    const opened = await Promise.all(
      found
        .sort((a, b) => a._id.localeCompare(b._id))
        .map(
          async (chunk) =>
            (await this.vault.open<PlannedMember[]>(rowsSubject(id), chunk.sealed)) ?? [],
        ),
    );
    const skip = from - first * CHUNK;
    return opened.flat().slice(skip, skip + limit);
  }

  advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean> {
    return this.lifecycle.advance(id, owner, done, leaseMs);
  }

  /**
   * A completed job's rows go first (their key shredded, the chunks deleted), then the job is
   * marked: a crash in between leaves a job with every row done, which the next runner
   * finishes again without reading its rows, so no copy of the list outlives the job.
   */
  async finish(id: string, owner: string, failure?: FieldError): Promise<void> {
    if (!failure) {
      await this.vault.erase(rowsSubject(id));
      await this.chunks.deleteMany({ _id: { $regex: `^${id}:` } });
    }
    await this.lifecycle.finish(id, owner, failure);
  }
}
