export * from './lib/unit-queries';
export * from './lib/unit-read-model';
export * from './lib/unit-tree.projection';
export * from './lib/unit-history';
export * from './lib/unit-reports';
