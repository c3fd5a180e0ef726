import {
  RestructuringJobs,
  type ResolvedStep,
  type RestructuringJob,
} from '@vwu/organisation-application';
import type { FieldError } from '@vwu/platform-http';
import { Schema, type Connection, type Model } from 'mongoose';
import {
  LEASE_FIELDS,
  LeasedJobDocuments,
  type LeasedJobDocument,
} from '@vwu/platform-event-sourcing';

type JobDocument = Omit<RestructuringJob, 'id'> & LeasedJobDocument;

/** The steps apart from the job: the job document is rewritten at every step, they are not. */
interface StepsDocument {
  _id: string;
  steps: ResolvedStep[];
}

const jobSchema = new Schema<JobDocument>(
  {
    _id: String,
    title: String,
    effectiveOn: String,
    total: Number,
    done: Number,
    status: String,
    actor: Schema.Types.Mixed,
    createdAt: Date,
    finishedAt: Date,
    failure: Schema.Types.Mixed,
    ...LEASE_FIELDS,
  },
  { versionKey: false },
);
const stepsSchema = new Schema<StepsDocument>(
  { _id: String, steps: Schema.Types.Mixed },
  { versionKey: false },
);

function model<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, name)
  );
}

function toJob({ _id, leaseOwner: _o, leaseUntil: _u, ...job }: JobDocument): RestructuringJob {
  return { id: _id, ...job };
}

/** Restructuring jobs in the service's database: a job document and its steps. */
export class MongoRestructuringJobs extends RestructuringJobs {
  private readonly jobs: Model<JobDocument>;
  private readonly plans: Model<StepsDocument>;
  private readonly lifecycle: LeasedJobDocuments<JobDocument, RestructuringJob>;

  constructor(connection: Connection) {
    super();
    this.jobs = model(connection, 'restructuring_jobs', jobSchema);
    this.plans = model(connection, 'restructuring_steps', stepsSchema);
    this.lifecycle = new LeasedJobDocuments(this.jobs, toJob);
  }

  /** The steps first, then the job: a job is never visible without its steps. */
  async create(
    { id, ...job }: RestructuringJob,
    steps: readonly ResolvedStep[],
  ): Promise<RestructuringJob> {
    await this.plans.replaceOne({ _id: id }, { _id: id, steps }, { upsert: true });
    try {
      await this.jobs.create({ _id: id, ...job });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
    return (await this.get(id)) as RestructuringJob;
  }

  get(id: string): Promise<RestructuringJob | undefined> {
    return this.lifecycle.get(id);
  }

  retry(id: string): Promise<void> {
    return this.lifecycle.retry(id);
  }

  claim(owner: string, leaseMs: number): Promise<RestructuringJob | undefined> {
    return this.lifecycle.claim(owner, leaseMs);
  }

  async steps(id: string): Promise<readonly ResolvedStep[]> {
    return (await this.plans.findById(id).lean())?.steps ?? [];
  }

  advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean> {
    return this.lifecycle.advance(id, owner, done, leaseMs);
  }

  finish(id: string, owner: string, failure?: FieldError): Promise<void> {
    return this.lifecycle.finish(id, owner, failure);
  }
}
