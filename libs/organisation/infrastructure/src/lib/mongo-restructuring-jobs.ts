import { MAX_PLAN_STEPS } from '@vwu/internal-api';
import type { ResolvedStep, RestructuringJob } from '@vwu/organisation-application';
import { MongoJobStore } from '@vwu/platform-jobs/mongo';
import type { Connection } from 'mongoose';

/**
 * Restructuring jobs in the service's database: a job document and, apart from it (the job
 * document is rewritten at every step, the steps are not), one document of its steps.
 */
export class MongoRestructuringJobs extends MongoJobStore<RestructuringJob, ResolvedStep> {
  constructor(connection: Connection) {
    super(connection, {
      jobs: 'restructuring_jobs',
      rows: 'restructuring_steps',
      chunk: MAX_PLAN_STEPS,
      chunksPerWrite: 1,
      chunkId: (jobId) => jobId,
      codec: {
        pack: (_jobId, steps) => Promise.resolve({ steps }),
        unpack: (_jobId, chunk) => Promise.resolve((chunk['steps'] as ResolvedStep[]) ?? []),
      },
    });
  }
}
