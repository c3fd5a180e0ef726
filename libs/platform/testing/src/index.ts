export * from './lib/test-infra';
export * from './lib/unique-name';
export * from './lib/wait-for';
export * from './lib/port-open';
export * from './lib/infra-instance';
export * from './lib/decider-spec';
export * from './lib/platform-under-test';
export * from './lib/organisation-events';
