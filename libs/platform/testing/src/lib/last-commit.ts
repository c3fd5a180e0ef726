/** The part of an in-memory event store a spec reads (typed here: event sourcing's specs use this lib). */
export interface CommitLog {
  allCommits(): readonly {
    readonly streamId: string;
    readonly events: readonly { readonly type: string; readonly data: unknown }[];
    readonly metadata: { readonly actor: string; readonly correlationId: string };
  }[];
}

/**
 * What a handler appended last, as a spec asserts it: the stream, the events' types and data,
 * and who acted (their ids and committed times left out).
 */
export function lastCommit(store: CommitLog) {
  const commit = store.allCommits().at(-1);
  return {
    streamId: commit?.streamId,
    events: commit?.events.map(({ type, data }) => ({ type, data })),
    actor: commit?.metadata.actor,
    correlationId: commit?.metadata.correlationId,
  };
}
