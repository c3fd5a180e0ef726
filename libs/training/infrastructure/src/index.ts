export * from './lib/cadre-places';
export * from './lib/public-events';
export * from './lib/training-consumers';
export * from './lib/training-units';
export * from './lib/unit-closures';
export * from './lib/mongo-cadre-import-jobs';
export * from './lib/training-catalogue.config';
