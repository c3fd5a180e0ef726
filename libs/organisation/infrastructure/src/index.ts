export * from './lib/kind-catalogue.config';
export * from './lib/public-events';
