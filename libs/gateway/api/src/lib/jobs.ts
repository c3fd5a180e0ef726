import type { Provider } from '@nestjs/common';
import { MEMBER_IMPORT_JOB, UNIT_IMPORT_JOB } from '@vwu/internal-api';
import { jobController, jobsOpenApi, JobUpstream } from '@vwu/platform-jobs/gateway';
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

/** Their OpenAPI paths and component schemas. */
export const jobsOpenApiPart = () => jobsOpenApi(JOBS, { errors, json, problem, schema });
