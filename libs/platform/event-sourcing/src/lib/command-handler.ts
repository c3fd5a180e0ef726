import { foldEvents, type Decider } from '@vwu/platform-decider';
import {
  VersionConflictError,
  type CommitMetadata,
  type DomainEvent,
  type EventStore,
} from './event-store';

/** Still losing the race after the bounded retries: the API answers 409. */
export class ConcurrencyConflictError extends Error {
  readonly code = 'concurrency-conflict';

  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(`stream ${streamId} kept changing during ${attempts} attempts`);
    this.name = 'ConcurrencyConflictError';
  }
}

export interface CommandEnvelope<C> {
  readonly streamId: string;
  readonly command: C;
  readonly metadata: CommitMetadata;
  readonly now: Date;
  /** Event ids come from outside the domain (UUIDs in production, counters in tests). */
  readonly newEventId: () => string;
}

export interface CommandOutcome<E> {
  /** The stream version after the command (unchanged when it decided nothing). */
  readonly version: number;
  readonly events: readonly E[];
}

export interface CommandHandlerOptions {
  /** How many times a lost race is retried before giving up with ConcurrencyConflictError. */
  readonly maxRetries?: number;
}

/**
 * The one way commands change state: load the stream, fold it, decide, append with the version
 * that was read. A concurrent writer makes the append fail; the command is decided again on the
 * new state, so business rules always hold against what is really stored.
 */
export class CommandHandler<C, E extends DomainEvent, S> {
  private readonly maxRetries: number;

  constructor(
    private readonly store: EventStore,
    readonly decider: Decider<C, E, S>,
    options: CommandHandlerOptions = {},
  ) {
    this.maxRetries = options.maxRetries ?? 3;
  }

  async handle(envelope: CommandEnvelope<C>): Promise<CommandOutcome<E>> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt(envelope);
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        if (attempt > this.maxRetries)
          throw new ConcurrencyConflictError(envelope.streamId, attempt);
      }
    }
  }

  private async attempt(envelope: CommandEnvelope<C>): Promise<CommandOutcome<E>> {
    const history = await this.store.readStream(envelope.streamId);
    const state = foldEvents(this.decider, history as unknown as readonly E[]);
    const events = this.decider.decide(envelope.command, state);
    const version = history.at(-1)?.version ?? 0;
    if (events.length === 0) return { version, events };
    const result = await this.store.append({
      streamId: envelope.streamId,
      expectedVersion: version,
      events: events.map((event) => ({ ...event, eventId: envelope.newEventId() })),
      metadata: envelope.metadata,
      committedAt: envelope.now,
    });
    return { version: result.version, events };
  }
}
