export * from './lib/gateway.module';
export * from './lib/openapi';
export * from './lib/upstream';
