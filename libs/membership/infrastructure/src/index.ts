export * from './lib/public-events';
