export * from './lib/kind-catalogue.config';
export * from './lib/public-events';
export * from './lib/mongo-pending-closures';
export * from './lib/mongo-unit-import-jobs';
export * from './lib/mongo-restructuring-jobs';
