export * from './lib/event-sourcing.module';
export * from './lib/health';
export * from './lib/hybrid-service';
export * from './lib/infrastructure.module';
export * from './lib/mongo.module';
export * from './lib/rpc';
export * from './lib/service-config';
export * from './lib/tokens';
