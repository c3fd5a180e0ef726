// The generic job's gateway pieces: the upload route and job resource, and the OpenAPI part.
export * from './job-controller';
export * from './job-openapi';
export * from './upload';
