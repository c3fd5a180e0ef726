import { foldEvents, type Decider } from '@vwu/platform-decider';

/** Any error class, abstract ones included (`thenThrows(DomainError)` is allowed). */
export type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

export interface DeciderThen<Event> {
  /** The decision is exactly these events, in this order. */
  then(expected: readonly Event[]): void;
  /** The decision breaks a rule: an instance of the class, with these fields (e.g. `code`). */
  thenThrows<E extends Error>(errorClass: ErrorClass<E>, fields?: Partial<E>): void;
  /** The decision is empty: nothing to append (an idempotent repeat). */
  thenNothing(): void;
}

export interface DeciderWhen<Command, Event> {
  when(command: Command): DeciderThen<Event>;
}

export interface DeciderGiven<Command, Event> {
  /** The stream's history; `[]` for a stream that does not exist yet. */
  given(events: readonly Event[]): DeciderWhen<Command, Event>;
}

/**
 * Given/when/then for a decider (emmett's DeciderSpecification): folds the history with
 * `evolve`, decides the command and compares the decision with jest's `expect`.
 *
 * ```ts
 * deciderSpec(decider).given([established]).when(rename).then([renamed]);
 * deciderSpec(decider).given([]).when(rename).thenThrows(UnitNotFoundError, { code: '…' });
 * ```
 */
export function deciderSpec<Command, Event, State>(
  decider: Decider<Command, Event, State>,
): DeciderGiven<Command, Event> {
  return {
    given: (events) => ({
      when: (command) => {
        // Lazily, so that a failing fold or decision fails inside the assertion that ran it.
        const decide = (): readonly Event[] => decider.decide(command, foldEvents(decider, events));
        return {
          then: (expected) => {
            expect(decide()).toEqual(expected);
          },
          thenNothing: () => {
            expect(decide()).toEqual([]);
          },
          thenThrows: (errorClass, fields) => {
            const error = thrownBy(decide);
            expect(error).toBeInstanceOf(errorClass);
            if (fields !== undefined) expect(error).toMatchObject(fields);
          },
        };
      },
    }),
  };
}

function thrownBy(run: () => unknown): unknown {
  let decided: unknown;
  try {
    decided = run();
  } catch (error) {
    return error;
  }
  throw new Error(`expected the decision to throw, but it decided ${JSON.stringify(decided)}`);
}
