export * from './lib/decider';
export * from './lib/domain-error';
export * from './lib/calendar-date';
export * from './lib/deep-readonly';
