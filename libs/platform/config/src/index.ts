export * from './lib/config';
export * from './lib/infra-config';
export * from './lib/today';
