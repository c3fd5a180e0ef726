export * from './course.commands';
export * from './course.decider';
export * from './course.errors';
export * from './course.events';
export * from './course.state';
export * from './course.values';
