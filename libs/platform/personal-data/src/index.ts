export * from './lib/blind-index';
export * from './lib/data-keys';
export * from './lib/key-wrapper';
export * from './lib/mongo-data-keys';
export * from './lib/personal-data-vault';
export * from './lib/memory-data-keys';
export * from './lib/masking';
