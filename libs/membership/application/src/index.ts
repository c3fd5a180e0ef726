export * from './lib/access';
export * from './lib/admit-member/admit-member.command';
export * from './lib/admit-member/admit-member.handler';
export * from './lib/end-membership/end-membership.command';
export * from './lib/end-membership/end-membership.handler';
export * from './lib/member-streams';
export * from './lib/personal-fields';
export * from './lib/ports';
