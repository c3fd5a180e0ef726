export * from './lib/membership.module';
export * from './lib/members.rpc-controller';
export * from './lib/clubs.rpc-controller';
