import { DomainError, type Decider } from '@vwu/platform-decider';
import { deciderSpec } from './decider-spec';

class Refused extends DomainError {
  readonly code = 'tally.refused';
  readonly kind = 'invalid';
}

class Other extends DomainError {
  readonly code = 'tally.other';
  readonly kind = 'conflict';
}

// A running total that refuses on demand: enough to see the history folded before deciding.
type Command = { type: 'Add'; amount: number } | { type: 'Refuse' } | { type: 'Check' };
type Event = { type: 'Added'; data: { amount: number; total: number } };

const tally: Decider<Command, Event, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.amount,
  decide: (command, total) => {
    switch (command.type) {
      case 'Add':
        return [{ type: 'Added', data: { amount: command.amount, total: total + command.amount } }];
      case 'Refuse':
        throw new Refused(`refused at ${total}`);
      case 'Check':
        return [];
    }
  },
};

const spec = deciderSpec(tally);
const added = (amount: number, total: number): Event => ({
  type: 'Added',
  data: { amount, total },
});

describe('deciderSpec', () => {
  it('decides on the folded history', () => {
    spec
      .given([added(2, 2)])
      .when({ type: 'Add', amount: 1 })
      .then([added(1, 3)]);
  });

  it('passes a broken rule with its class and fields', () => {
    spec
      .given([added(2, 2)])
      .when({ type: 'Refuse' })
      .thenThrows(Refused, {
        code: 'tally.refused',
        kind: 'invalid',
        message: 'refused at 2',
      });
    spec.given([]).when({ type: 'Refuse' }).thenThrows(DomainError);
  });

  it('passes an empty decision', () => {
    spec.given([]).when({ type: 'Check' }).thenNothing();
  });

  describe('fails', () => {
    const add = spec.given([]).when({ type: 'Add', amount: 1 });
    const refuse = spec.given([]).when({ type: 'Refuse' });

    it('on other events, or none', () => {
      expect(() => add.then([added(1, 2)])).toThrow();
      expect(() => add.then([])).toThrow();
      expect(() => add.thenNothing()).toThrow();
    });

    it('when the decision throws instead of deciding', () => {
      expect(() => refuse.then([])).toThrow('refused at 0');
      expect(() => refuse.thenNothing()).toThrow('refused at 0');
    });

    it('when an error was expected but the decision went through, saying what it decided', () => {
      expect(() => add.thenThrows(Refused)).toThrow(
        'expected the decision to throw, but it decided [{"type":"Added","data":{"amount":1,"total":1}}]',
      );
    });

    it('on another error class or other fields', () => {
      expect(() => refuse.thenThrows(Other)).toThrow();
      expect(() => refuse.thenThrows(Refused, { message: 'refused at 1' })).toThrow();
    });
  });
});
