import type { InMemoryEventStore } from '@vwu/platform-event-sourcing';

/**
 * What a handler appended last, as a spec asserts it: the stream, the events' types and data,
 * and who acted (their ids and committed times left out).
 */
export function lastCommit(store: InMemoryEventStore) {
  const commit = store.allCommits().at(-1);
  return {
    streamId: commit?.streamId,
    events: commit?.events.map(({ type, data }) => ({ type, data })),
    actor: commit?.metadata.actor,
    correlationId: commit?.metadata.correlationId,
  };
}
