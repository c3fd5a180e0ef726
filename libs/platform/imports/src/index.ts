// Sheet imports as jobs, as use cases start them: the upload's job record, the start (read,
// check whole, accept as a job or refuse with every error) and the plan's walk over the rows.
// The adapters are those of every job: @vwu/platform-jobs/mongo, /nest, /gateway.
export * from './lib/upload-job';
export * from './lib/sheet-plan';
export * from './lib/sheet-import.handler';
