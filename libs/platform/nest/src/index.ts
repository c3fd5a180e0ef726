export * from './lib/event-sourcing.module';
export * from './lib/health';
export * from './lib/infrastructure.module';
export * from './lib/service-config';
export * from './lib/tokens';
