import type { Provider } from '@nestjs/common';
import { MEMBER_IMPORT_JOB, UNIT_IMPORT_JOB } from '@vwu/internal-api';
import { jobController, jobOpenApi, JobUpstream } from '@vwu/platform-jobs/gateway';
import { Call } from './call-context';
import { errors, json, problem, schema } from './openapi-parts';
import { Upstream, type CallContext } from './upstream';

/** The jobs the gateway routes: each a declaration of `@vwu/internal-api`, nothing written here. */
const JOBS = [UNIT_IMPORT_JOB, MEMBER_IMPORT_JOB];

/** Their upload routes and job resources. */
export const JOB_CONTROLLERS = JOBS.map((job) => jobController(job, Call));

/** How the job routes reach the services: through the gateway's Upstream. */
export const JOB_UPSTREAM: Provider = {
  provide: JobUpstream,
  inject: [Upstream],
  useFactory: (upstream: Upstream): JobUpstream => ({
    call: (service, pattern, body, { call, timeoutMs }) =>
      upstream.call(upstream[service], pattern, body, {
        ...(call as CallContext),
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
  }),
};

/** Their OpenAPI paths and component schemas, each job's apart (the document keeps its order). */
export const jobsOpenApiPart = () => {
  const parts = { errors, json, problem, schema };
  return {
    unitImports: jobOpenApi(UNIT_IMPORT_JOB, parts),
    memberImports: jobOpenApi(MEMBER_IMPORT_JOB, parts),
  };
};
