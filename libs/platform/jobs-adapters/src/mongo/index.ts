// The generic job's Mongo adapters: infrastructure, for a service's api/infrastructure libs.
export * from './leased-job-documents';
export * from './mongo-job-store';
export * from './sealed-rows';
