export * from './lib/projections.module';
