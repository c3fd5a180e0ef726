/**
 * The write side's store (ARCHITECTURE.md, "Write side"): one commit per command, appended with
 * the version the command handler read. Two commits that follow the same stream version
 * conflict; the loser retries. Commits are also the outbox: the relay publishes them in order.
 */

/** A domain event as the decider emits it: a discriminated `type` and a JSON-safe payload. */
export interface DomainEvent<T extends string = string, D = Readonly<Record<string, unknown>>> {
  readonly type: T;
  readonly data: D;
}

/** Who and what caused a commit; travels to Kafka as CloudEvents extensions. */
export interface CommitMetadata {
  readonly correlationId: string;
  readonly causationId: string;
  /** The acting user's id (token subject) or `system:<process>`; never a name. */
  readonly actor: string;
  readonly traceparent?: string;
}

export interface StoredEvent extends DomainEvent {
  readonly eventId: string;
  /** 1 for the stream's first event, then one more per event. */
  readonly version: number;
}

export interface Commit {
  readonly streamId: string;
  /** Version of the commit's first event: the stream version it follows, plus one. */
  readonly version: number;
  readonly events: readonly StoredEvent[];
  readonly metadata: CommitMetadata;
  readonly committedAt: Date;
}

export interface AppendRequest {
  readonly streamId: string;
  /**
   * The stream version the decision was made on (0: a new stream). Always the end of a commit,
   * because handlers read whole commits: so "follows version N" identifies the commit uniquely.
   */
  readonly expectedVersion: number;
  readonly events: readonly (DomainEvent & { readonly eventId: string })[];
  readonly metadata: CommitMetadata;
  readonly committedAt: Date;
}

export interface AppendResult {
  /** The stream version after this commit: what a read can wait for. */
  readonly version: number;
  readonly commit: Commit;
}

/** Another commit followed the same version first: reload, decide again. */
export class VersionConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`stream ${streamId} has moved past version ${expectedVersion}`);
    this.name = 'VersionConflictError';
  }
}

/** Port: abstract class so that it doubles as the Nest injection token. */
export abstract class EventStore {
  /** The stream's events in version order (empty for a stream that does not exist). */
  abstract readStream(streamId: string): Promise<readonly StoredEvent[]>;
  /** Appends atomically or throws VersionConflictError; never writes half a commit. */
  abstract append(request: AppendRequest): Promise<AppendResult>;

  /**
   * Starts many new streams (each request's expectedVersion is 0), e.g. the members of a bulk
   * import; returns the ids of the streams that existed already, which are left as they are.
   * A store may do it in one write; this default appends one by one.
   */
  async startStreams(requests: readonly AppendRequest[]): Promise<Set<string>> {
    const existing = new Set<string>();
    for (const request of requests)
      await this.append({ ...request, expectedVersion: 0 }).catch((error: unknown) => {
        if (!(error instanceof VersionConflictError)) throw error;
        existing.add(request.streamId);
      });
    return existing;
  }
}

/** Builds the commit document for an append request; shared by every store. */
export function commitOf(request: AppendRequest): Commit {
  if (request.events.length === 0) throw new Error('a commit needs at least one event');
  const first = request.expectedVersion + 1;
  return {
    streamId: request.streamId,
    version: first,
    events: request.events.map((event, index) => ({
      eventId: event.eventId,
      type: event.type,
      data: event.data,
      version: first + index,
    })),
    metadata: request.metadata,
    committedAt: request.committedAt,
  };
}

export function versionAfter(commit: Pick<Commit, 'version' | 'events'>): number {
  return commit.version + commit.events.length - 1;
}
