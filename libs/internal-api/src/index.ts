export * from './lib/envelope';
export * from './lib/organisation';
export * from './lib/projections';
export * from './lib/member-organisations';
export * from './lib/unit-imports';
export * from './lib/restructurings';
export * from './lib/membership';
export * from './lib/member-imports';
