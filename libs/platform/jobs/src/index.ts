// The generic job, as application code uses it: the job record, its store port, the runner.
// Its adapters are a project of their own, libs/platform/jobs-adapters, so that a use case that
// imports this one never depends on HTTP, Nest or Mongo: @vwu/platform-jobs/mongo (the store),
// /nest (resumer, RPC handler), /gateway (upload route, OpenAPI part).
export * from './lib/job';
export * from './lib/job-runner';
export * from './lib/leased-job-runner';
