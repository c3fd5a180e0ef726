import { describeEventStoreConformance } from '@vwu/platform-testing';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreConformance('in memory', () =>
  Promise.resolve({ store: new InMemoryEventStore() }),
);
