export * from './lib/counts-over-time';
