export * from './lib/kind-catalogue.config';
export * from './lib/public-events';
export * from './lib/mongo-pending-closures';
