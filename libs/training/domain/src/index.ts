export * from './lib/cadre-guards';
export * from './lib/cadre.commands';
export * from './lib/cadre.decider';
export * from './lib/cadre.errors';
export * from './lib/cadre.events';
export * from './lib/cadre.state';
export * from './lib/cadre.values';
export * from './lib/courses';
