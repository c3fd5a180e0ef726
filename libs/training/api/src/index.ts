export * from './lib/training.module';
