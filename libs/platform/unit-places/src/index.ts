export * from './lib/unit-places';
