export * from './lib/table';
export * from './lib/read-table';
export * from './lib/write-table';
export * from './lib/sheet-columns';
