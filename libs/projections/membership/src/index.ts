export * from './lib/member-tags';
export * from './lib/member-record';
export * from './lib/member-contributions';
export * from './lib/member-figures';
export * from './lib/membership.projection';
export * from './lib/club-record';
