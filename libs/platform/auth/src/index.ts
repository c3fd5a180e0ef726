export * from './lib/auth-config';
export * from './lib/errors';
export * from './lib/principal';
export * from './lib/roles';
export * from './lib/token-verifier';
export * from './nest/auth.guard';
export * from './nest/auth.module';
export * from './nest/decorators';
