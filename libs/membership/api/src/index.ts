export * from './lib/branch-directory';
export * from './lib/membership.module';
export * from './lib/members.rpc-controller';
export * from './lib/membership-consumers';
export * from './lib/club-directory';
export * from './lib/club-departures';
export * from './lib/club-parts';
export * from './lib/clubs.rpc-controller';
