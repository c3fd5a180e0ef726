import { DomainError, foldEvents, type Decider } from '@vwu/platform-decider';
import { metrics, timed } from '@vwu/platform-metrics';
import {
  VersionConflictError,
  type AppendRequest,
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

/** What one command of a bulk start came to, in the order the commands were given. */
export type NewStreamOutcome<E> =
  | ({ readonly outcome: 'started'; readonly streamId: string } & CommandOutcome<E>)
  /** The stream existed already: it is left as it was, and nothing of this command is written. */
  | { readonly outcome: 'existed'; readonly streamId: string }
  /** A rule refused the command: nothing of it is written, the others still are. */
  | { readonly outcome: 'refused'; readonly streamId: string; readonly error: DomainError };

/** What a command would record on a state, and the state that would leave: nothing is written. */
export interface Simulation<E, S> {
  readonly events: readonly E[];
  readonly state: S;
}

export interface CommandHandlerOptions {
  /** How many times a lost race is retried before giving up with ConcurrencyConflictError. */
  readonly maxRetries?: number;
}

/**
 * The one way commands change state: load the stream, fold it, decide, append with the version
 * that was read. A concurrent writer makes the append fail; the command is decided again on the
 * new state, so business rules always hold against what is really stored. `handleNew` is the
 * same for many new streams in one write (a bulk import); `simulate` decides in memory only.
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

  /** Decides and appends, retrying a lost race; timed by command type and outcome. */
  handle(envelope: CommandEnvelope<C>): Promise<CommandOutcome<E>> {
    const command = commandType(envelope.command);
    return timed(
      metrics.commandDuration,
      () => this.retried(envelope),
      ({ error }) => ({ command, outcome: outcomeOf(error) }),
    );
  }

  private async retried(envelope: CommandEnvelope<C>): Promise<CommandOutcome<E>> {
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

  /**
   * Decides each command on the initial state, as the first commit of a new stream, and starts
   * every stream with one `startStreams` write. A command a rule refuses is reported, not
   * thrown, and the others are still written; a stream that existed already is reported and
   * left as it was (a job resumed after a crash admits nobody twice). Other errors are thrown
   * before anything is written. The stream ids are distinct.
   */
  async handleNew(envelopes: readonly CommandEnvelope<C>[]): Promise<NewStreamOutcome<E>[]> {
    const outcomes: NewStreamOutcome<E>[] = [];
    const requests: AppendRequest[] = [];
    for (const envelope of envelopes) {
      const { streamId } = envelope;
      let events: readonly E[];
      try {
        events = this.decider.decide(envelope.command, this.decider.initialState());
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({ outcome: 'refused', streamId, error });
        continue;
      }
      if (events.length > 0) requests.push(appendRequest(envelope, 0, events));
      outcomes.push({ outcome: 'started', streamId, version: events.length, events });
    }
    const existed = await this.store.startStreams(requests);
    return outcomes.map((outcome) =>
      outcome.outcome === 'started' && existed.has(outcome.streamId)
        ? { outcome: 'existed', streamId: outcome.streamId }
        : outcome,
    );
  }

  /** Decides the command on a state in memory (a plan validated whole, a preview): writes nothing. */
  simulate(command: C, state: S): Simulation<E, S> {
    const events = this.decider.decide(command, state);
    return { events, state: foldEvents(this.decider, events, state) };
  }

  private async attempt(envelope: CommandEnvelope<C>): Promise<CommandOutcome<E>> {
    const history = await this.store.readStream(envelope.streamId);
    const state = foldEvents(this.decider, history as unknown as readonly E[]);
    const events = this.decider.decide(envelope.command, state);
    const version = history.at(-1)?.version ?? 0;
    if (events.length === 0) return { version, events };
    const result = await this.store.append(appendRequest(envelope, version, events));
    return { version: result.version, events };
  }
}

/** A command's type for the metrics' label (commands are `{ type, … }` objects). */
function commandType(command: unknown): string {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : 'unknown';
}

function outcomeOf(error: unknown): string {
  if (error === undefined) return 'ok';
  if (error instanceof DomainError) return 'refused';
  return error instanceof ConcurrencyConflictError ? 'conflict' : 'error';
}

/** The commit of a command's events after the version it was decided on. */
function appendRequest<C, E extends DomainEvent>(
  envelope: CommandEnvelope<C>,
  expectedVersion: number,
  events: readonly E[],
): AppendRequest {
  return {
    streamId: envelope.streamId,
    expectedVersion,
    events: events.map((event) => ({ ...event, eventId: envelope.newEventId() })),
    metadata: envelope.metadata,
    committedAt: envelope.now,
  };
}
