export * from './lib/unit-places';
export * from './lib/unit-closures';
