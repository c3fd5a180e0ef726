export * from './club.commands';
export * from './club.handlers';
export * from './club.queries';
export * from './club-workspace';
