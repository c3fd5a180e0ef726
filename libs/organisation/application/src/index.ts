export * from './lib/access';
export * from './lib/establish-unit/establish-unit.command';
export * from './lib/establish-unit/establish-unit.handler';
export * from './lib/ports';
export * from './lib/rename-unit/rename-unit.command';
export * from './lib/rename-unit/rename-unit.handler';
export * from './lib/unit-streams';
