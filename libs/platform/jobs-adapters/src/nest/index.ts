// The generic job's Nest pieces for a service: the resumer and the RPC handler.
export * from './job-resumer';
export * from './job-rpc-controller';
export * from './import-rpc-controller';
