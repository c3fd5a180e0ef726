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
function envelope(command: StockCommand): CommandEnvelope<StockCommand> {
  return {
    streamId: 'stock-1',
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
