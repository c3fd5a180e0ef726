export * from './lib/kafka';
export * from './lib/lease';
export * from './lib/logger';
export * from './lib/outbox-relay';
export * from './lib/dead-letter';
export * from './lib/projection-consumer';
export * from './lib/apply-versioned';
