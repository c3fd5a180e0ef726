// The generic job, as application code uses it: the job record, its store port, the runner.
// Adapters are in the other entry points: /mongo (the store), /nest (resumer, RPC handler),
// /gateway (upload route, OpenAPI part).
export * from './lib/job';
export * from './lib/job-runner';
export * from './lib/leased-job-runner';
