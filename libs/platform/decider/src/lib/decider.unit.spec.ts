import { foldEvents, unreachable, type Decider } from './decider';
import { DomainError } from './domain-error';

// A deliberately tiny decider: a tally that refuses to go below zero.
type TallyCommand = { type: 'Add'; amount: number } | { type: 'Take'; amount: number };
type TallyEvent = { type: 'Added'; amount: number } | { type: 'Taken'; amount: number };

class NotEnough extends DomainError {
  readonly code = 'tally.not-enough';
  readonly kind = 'conflict';
}

const tally: Decider<TallyCommand, TallyEvent, number> = {
  initialState: () => 0,
  evolve: (state, event) => (event.type === 'Added' ? state + event.amount : state - event.amount),
  decide: (command, state) => {
    switch (command.type) {
      case 'Add':
        return [{ type: 'Added', amount: command.amount }];
      case 'Take':
        if (command.amount > state) throw new NotEnough(`only ${state} left`);
        return [{ type: 'Taken', amount: command.amount }];
      default:
        return unreachable(command);
    }
  },
};

describe('foldEvents', () => {
  it('applies events in order from the initial state', () => {
    const events: TallyEvent[] = [
      { type: 'Added', amount: 5 },
      { type: 'Taken', amount: 2 },
      { type: 'Added', amount: 1 },
    ];
    expect(foldEvents(tally, events)).toBe(4);
  });

  it('continues from a given state (a snapshot)', () => {
    expect(foldEvents(tally, [{ type: 'Taken', amount: 3 }], 10)).toBe(7);
  });
});

describe('DomainError', () => {
  it('carries a stable code, a kind and the concrete class name', () => {
    const state = foldEvents(tally, [{ type: 'Added', amount: 1 }]);
    expect(() => tally.decide({ type: 'Take', amount: 2 }, state)).toThrow(NotEnough);
    try {
      tally.decide({ type: 'Take', amount: 2 }, state);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'tally.not-enough',
        kind: 'conflict',
        name: 'NotEnough',
      });
      expect((error as Error).message).toBe('only 1 left');
    }
  });
});

describe('unreachable', () => {
  it('throws with the unexpected value when a union grows and a switch was not updated', () => {
    expect(() => unreachable({ type: 'Multiply' } as never)).toThrow(
      'unhandled case: {"type":"Multiply"}',
    );
  });
});
