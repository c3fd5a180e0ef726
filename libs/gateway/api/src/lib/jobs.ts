import type { Provider } from '@nestjs/common';
import {
  CADRE_IMPORT_JOB,
  MEMBER_IMPORT_JOB,
  RESTRUCTURING_JOB,
  UNIT_IMPORT_JOB,
} from '@vwu/internal-api';
import { jobController, jobOpenApi, JobUpstream } from '@vwu/platform-jobs/gateway';
import { Call } from './call-context';
import { errors, idempotencyKey, json, problem, schema } from './openapi-parts';
import { readPlanSheet } from './restructuring-sheet';
import { Upstream, type CallContext } from './upstream';

/**
 * Their upload routes and job resources, each from a declaration of `@vwu/internal-api`; a
 * restructuring plan comes as JSON or as a sheet, which `readPlanSheet` reads.
 */
export const JOB_CONTROLLERS = [
  jobController(UNIT_IMPORT_JOB, Call),
  jobController(RESTRUCTURING_JOB, Call, readPlanSheet),
  jobController(MEMBER_IMPORT_JOB, Call),
  jobController(CADRE_IMPORT_JOB, Call),
];

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
  const parts = { errors, idempotencyKey, json, problem, schema };
  return {
    unitImports: jobOpenApi(UNIT_IMPORT_JOB, parts),
    restructurings: jobOpenApi(RESTRUCTURING_JOB, parts),
    memberImports: jobOpenApi(MEMBER_IMPORT_JOB, parts),
    cadreImports: jobOpenApi(CADRE_IMPORT_JOB, parts),
  };
};
