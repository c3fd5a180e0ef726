export * from './lib/decider';
export * from './lib/domain-error';
