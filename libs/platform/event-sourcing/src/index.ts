export * from './lib/command-handler';
export * from './lib/event-store';
export * from './lib/in-memory-event-store';
export * from './lib/mongo-event-store';
export * from './lib/reservations';
export * from './lib/reserved';
export * from './lib/memory-reservations';
export * from './lib/jobs/name-based-id';
