export * from './club.values';
export * from './club.commands';
export * from './club.events';
export * from './club.state';
export * from './club.errors';
export * from './club.decider';
