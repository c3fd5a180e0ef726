import { describeEventStoreConformance } from '../testing/event-store-conformance';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreConformance('in memory', () =>
  Promise.resolve({ store: new InMemoryEventStore() }),
);
