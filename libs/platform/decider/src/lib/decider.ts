/**
 * An aggregate as three pure functions (ARCHITECTURE.md, "Write side"). Time, ids and the acting
 * user arrive inside the command, so `decide` is deterministic and testable without a clock.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  /** Returns the events that record the decision; throws a DomainError when a rule is broken. */
  readonly decide: (command: Command, state: State) => readonly Event[];
}

/** The state after a history of events: what the command handler folds before it decides. */
export function foldEvents<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: Iterable<NoInfer<Event>>,
  from: NoInfer<State> = decider.initialState(),
): State {
  let state = from;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** For the `never` branch of an exhaustive switch over a discriminated union. */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
