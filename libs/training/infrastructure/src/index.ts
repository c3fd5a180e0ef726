export * from './lib/public-events';
export * from './lib/training-units';
export * from './lib/cadre-directory';
