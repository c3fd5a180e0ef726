import { DomainError, unreachable, type Decider } from '@vwu/platform-decider';
import { CommandHandler, ConcurrencyConflictError, type CommandEnvelope } from './command-handler';
import { type AppendRequest, type AppendResult } from './event-store';
import { InMemoryEventStore } from './in-memory-event-store';

// A stock that must not go below zero: small enough to read, with a rule that depends on state.
type StockCommand =
  { type: 'Add'; amount: number } | { type: 'Take'; amount: number } | { type: 'Check' };
type StockEvent =
  { type: 'Added'; data: { amount: number } } | { type: 'Taken'; data: { amount: number } };

class OutOfStock extends DomainError {
  readonly code = 'stock.out';
  readonly kind = 'conflict';
}

const stock: Decider<StockCommand, StockEvent, number> = {
  initialState: () => 0,
  evolve: (state, event) =>
    event.type === 'Added' ? state + event.data.amount : state - event.data.amount,
  decide: (command, state) => {
    switch (command.type) {
      case 'Add':
        return [{ type: 'Added', data: { amount: command.amount } }];
      case 'Take':
        if (command.amount > state) throw new OutOfStock(`only ${state} left`);
        return [{ type: 'Taken', data: { amount: command.amount } }];
      case 'Check':
        return [];
      default:
        return unreachable(command);
    }
  },
};

let ids = 0;
function envelope(command: StockCommand, streamId = 'stock-1'): CommandEnvelope<StockCommand> {
  return {
    streamId,
    command,
    metadata: { correlationId: 'corr', causationId: 'cause', actor: 'user-1' },
    now: new Date('2025-07-01T00:00:00Z'),
    newEventId: () => `e${(ids += 1)}`,
  };
}

/** A store in which another writer slips in a commit just before each of our appends. */
class RacingStore extends InMemoryEventStore {
  appends = 0;
  constructor(private readonly rival: (store: InMemoryEventStore) => Promise<unknown>) {
    super();
  }
  private rivalling = false;
  override async append(request: AppendRequest): Promise<AppendResult> {
    if (this.rivalling) return super.append(request);
    this.appends += 1;
    this.rivalling = true;
    try {
      await this.rival(this);
    } finally {
      this.rivalling = false;
    }
    return super.append(request);
  }
}

describe('CommandHandler', () => {
  it('appends what the decider decides, with event ids from outside, and returns the version', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, stock);
    await handler.handle(envelope({ type: 'Add', amount: 5 }));
    const outcome = await handler.handle(envelope({ type: 'Take', amount: 2 }));
    expect(outcome).toEqual({ version: 2, events: [{ type: 'Taken', data: { amount: 2 } }] });
    const stored = await store.readStream('stock-1');
    expect(stored.map((e) => [e.version, e.type, e.eventId])).toEqual([
      [1, 'Added', expect.stringMatching(/^e\d+$/)],
      [2, 'Taken', expect.stringMatching(/^e\d+$/)],
    ]);
  });

  it('appends nothing when the decision is empty', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, stock);
    await handler.handle(envelope({ type: 'Add', amount: 1 }));
    expect(await handler.handle(envelope({ type: 'Check' }))).toEqual({ version: 1, events: [] });
    expect(store.allCommits()).toHaveLength(1);
  });

  it('lets a broken rule through as the domain error and appends nothing', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, stock);
    await expect(handler.handle(envelope({ type: 'Take', amount: 1 }))).rejects.toBeInstanceOf(
      OutOfStock,
    );
    expect(store.allCommits()).toHaveLength(0);
  });

  it('decides again on the new state after losing a race', async () => {
    let raced = false;
    const store = new RacingStore(async (s) => {
      if (raced) return;
      raced = true;
      await s.append({ ...appendOf(await s.readStream('stock-1')), events: [taken(3)] });
    });
    const handler = new CommandHandler(store, stock);
    raced = true;
    await store.append({ ...appendOf([]), events: [added(5)] });
    raced = false;
    // 5 in stock when we read; a rival takes 3 first; taking 4 must now fail, not overdraw.
    await expect(handler.handle(envelope({ type: 'Take', amount: 4 }))).rejects.toBeInstanceOf(
      OutOfStock,
    );
    const stored = await store.readStream('stock-1');
    expect(stored.map((e) => e.type)).toEqual(['Added', 'Taken']);
  });

  it('gives up with a concurrency conflict after the bounded retries', async () => {
    const store = new RacingStore(async (s) => {
      await s.append({ ...appendOf(await s.readStream('stock-1')), events: [added(1)] });
    });
    const handler = new CommandHandler(store, stock, { maxRetries: 2 });
    const attempt = handler.handle(envelope({ type: 'Add', amount: 1 }));
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await expect(attempt).rejects.toMatchObject({ code: 'concurrency-conflict', attempts: 3 });
    expect(store.appends).toBe(3);
  });

  it('does not retry other failures', async () => {
    const store = new InMemoryEventStore();
    const append = jest.spyOn(store, 'append').mockRejectedValue(new Error('store unavailable'));
    const handler = new CommandHandler(store, stock);
    await expect(handler.handle(envelope({ type: 'Add', amount: 1 }))).rejects.toThrow(
      'store unavailable',
    );
    expect(append).toHaveBeenCalledTimes(1);
  });
});

describe('CommandHandler.handleNew', () => {
  /** The same envelope each time it is asked for: event ids counted from 1 per stream. */
  function fresh(command: StockCommand, streamId: string): CommandEnvelope<StockCommand> {
    let n = 0;
    return { ...envelope(command, streamId), newEventId: () => `${streamId}-e${(n += 1)}` };
  }

  it('decides every command on the initial state and starts every stream in one write', async () => {
    const store = new InMemoryEventStore();
    const startStreams = jest.spyOn(store, 'startStreams');
    const handler = new CommandHandler(store, stock);
    const decide = jest.spyOn(stock, 'decide');
    const outcomes = await handler.handleNew([
      fresh({ type: 'Add', amount: 2 }, 'a'),
      fresh({ type: 'Add', amount: 3 }, 'b'),
    ]);
    expect(decide.mock.calls).toEqual([
      [{ type: 'Add', amount: 2 }, 0],
      [{ type: 'Add', amount: 3 }, 0],
    ]);
    decide.mockRestore();
    expect(outcomes).toEqual([
      {
        outcome: 'started',
        streamId: 'a',
        version: 1,
        events: [{ type: 'Added', data: { amount: 2 } }],
      },
      {
        outcome: 'started',
        streamId: 'b',
        version: 1,
        events: [{ type: 'Added', data: { amount: 3 } }],
      },
    ]);
    expect(startStreams).toHaveBeenCalledTimes(1);
    expect(startStreams.mock.calls[0]?.[0]).toHaveLength(2);
  });

  it('writes the very commit that handle writes for the same envelope', async () => {
    const one = new InMemoryEventStore();
    const bulk = new InMemoryEventStore();
    await new CommandHandler(one, stock).handle(fresh({ type: 'Add', amount: 2 }, 'a'));
    await new CommandHandler(bulk, stock).handleNew([fresh({ type: 'Add', amount: 2 }, 'a')]);
    expect(bulk.allCommits()).toEqual(one.allCommits());
    expect(bulk.allCommits()[0]).toMatchObject({
      streamId: 'a',
      version: 1,
      events: [{ eventId: 'a-e1', type: 'Added', data: { amount: 2 }, version: 1 }],
      metadata: { correlationId: 'corr', causationId: 'cause', actor: 'user-1' },
      committedAt: new Date('2025-07-01T00:00:00Z'),
    });
  });

  it('reports a command a rule refuses and still starts the others', async () => {
    const store = new InMemoryEventStore();
    const outcomes = await new CommandHandler(store, stock).handleNew([
      fresh({ type: 'Take', amount: 1 }, 'a'),
      fresh({ type: 'Add', amount: 2 }, 'b'),
    ]);
    expect(outcomes[0]).toMatchObject({ outcome: 'refused', streamId: 'a' });
    expect(outcomes[0]?.outcome === 'refused' && outcomes[0].error).toBeInstanceOf(OutOfStock);
    expect(outcomes[1]).toMatchObject({ outcome: 'started', streamId: 'b' });
    expect(store.allCommits().map((c) => c.streamId)).toEqual(['b']);
  });

  it('reports the streams that existed and leaves them as they were', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, stock);
    await handler.handle(fresh({ type: 'Add', amount: 5 }, 'a'));
    const outcomes = await handler.handleNew([
      fresh({ type: 'Add', amount: 2 }, 'a'),
      fresh({ type: 'Add', amount: 2 }, 'b'),
    ]);
    expect(outcomes.map((o) => [o.streamId, o.outcome])).toEqual([
      ['a', 'existed'],
      ['b', 'started'],
    ]);
    const a = await store.readStream('a');
    expect(a.map((e) => [e.version, e.data])).toEqual([[1, { amount: 5 }]]);
  });

  it('writes nothing for an empty decision, and reports the stream as still at version 0', async () => {
    const store = new InMemoryEventStore();
    const startStreams = jest.spyOn(store, 'startStreams');
    const outcomes = await new CommandHandler(store, stock).handleNew([
      fresh({ type: 'Check' }, 'a'),
    ]);
    expect(outcomes).toEqual([{ outcome: 'started', streamId: 'a', version: 0, events: [] }]);
    expect(startStreams).toHaveBeenCalledWith([]);
    expect(store.allCommits()).toHaveLength(0);
  });

  it('throws any other failure of the decider before anything is written', async () => {
    const store = new InMemoryEventStore();
    const broken = {
      ...stock,
      decide: () => {
        throw new Error('a bug');
      },
    };
    const startStreams = jest.spyOn(store, 'startStreams');
    await expect(
      new CommandHandler(store, broken).handleNew([fresh({ type: 'Add', amount: 1 }, 'a')]),
    ).rejects.toThrow('a bug');
    expect(startStreams).not.toHaveBeenCalled();
  });
});

describe('CommandHandler.simulate', () => {
  it('decides on the state given and returns the events and the state after, writing nothing', () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, stock);
    expect(handler.simulate({ type: 'Take', amount: 2 }, 5)).toEqual({
      events: [{ type: 'Taken', data: { amount: 2 } }],
      state: 3,
    });
    expect(() => handler.simulate({ type: 'Take', amount: 9 }, 5)).toThrow(OutOfStock);
    expect(store.allCommits()).toHaveLength(0);
  });
});

function appendOf(history: readonly { version: number }[]): AppendRequest {
  return {
    streamId: 'stock-1',
    expectedVersion: history.at(-1)?.version ?? 0,
    events: [],
    metadata: { correlationId: 'c', causationId: 'c', actor: 'rival' },
    committedAt: new Date('2025-07-01T00:00:00Z'),
  };
}

function added(amount: number): StockEvent & { eventId: string } {
  return { type: 'Added', data: { amount }, eventId: `r${(ids += 1)}` };
}

function taken(amount: number): StockEvent & { eventId: string } {
  return { type: 'Taken', data: { amount }, eventId: `r${(ids += 1)}` };
}
