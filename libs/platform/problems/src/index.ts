export * from './lib/counted';
export * from './lib/problem-error';
