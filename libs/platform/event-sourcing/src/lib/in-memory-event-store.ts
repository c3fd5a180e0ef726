import {
  EventStore,
  VersionConflictError,
  commitOf,
  versionAfter,
  type AppendRequest,
  type AppendResult,
  type Commit,
  type StoredEvent,
} from './event-store';

/** For unit tests of handlers: the same contract as the MongoDB store (conformance suite). */
export class InMemoryEventStore extends EventStore {
  private readonly streams = new Map<string, Commit[]>();
  private readonly log: Commit[] = [];

  // eslint-disable-next-line @typescript-eslint/require-await -- async: errors become rejections
  async readStream(streamId: string): Promise<readonly StoredEvent[]> {
    const commits = this.streams.get(streamId) ?? [];
    return structuredClone(commits.flatMap((commit) => commit.events));
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async: errors become rejections
  async append(request: AppendRequest): Promise<AppendResult> {
    const commits = this.streams.get(request.streamId) ?? [];
    const last = commits.at(-1);
    const current = last ? versionAfter(last) : 0;
    if (current !== request.expectedVersion) {
      throw new VersionConflictError(request.streamId, request.expectedVersion);
    }
    const commit = structuredClone(commitOf(request));
    this.streams.set(request.streamId, [...commits, commit]);
    this.log.push(commit);
    return { version: versionAfter(commit), commit };
  }

  /** Every commit in append order: what a relay would publish. */
  allCommits(): readonly Commit[] {
    return [...this.log];
  }
}
