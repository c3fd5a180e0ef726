export * from './lib/branch-directory';
export * from './lib/membership.module';
export * from './lib/members.rpc-controller';
export * from './lib/membership-consumers';
