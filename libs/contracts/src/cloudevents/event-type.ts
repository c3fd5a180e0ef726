import { type EventContext } from '../topics';

/**
 * `vn.vwu.<context>.<EventName>.v<N>`: the reverse-DNS prefix, the bounded context, the event
 * name (subject + past tense, PascalCase) and the version. A breaking change is a new version.
 */
export const EVENT_TYPE_PATTERN =
  /^vn\.vwu\.([a-z][a-z0-9]*)\.([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]{0,3})$/;

export type EventType<
  C extends string = string,
  N extends string = string,
  V extends number = number,
> = `vn.vwu.${C}.${N}.v${V}`;

export interface EventTypeParts {
  readonly context: string;
  readonly name: string;
  readonly version: number;
}

/** Builds a public event type; throws when the parts would not make a valid one. */
export function eventType<
  const C extends EventContext,
  const N extends string,
  const V extends number,
>(context: C, name: N, version: V): EventType<C, N, V> {
  const type: EventType<C, N, V> = `vn.vwu.${context}.${name}.v${version}`;
  if (!EVENT_TYPE_PATTERN.test(type)) {
    throw new RangeError(
      `not a valid event type: ${JSON.stringify(type)} (expected vn.vwu.<context>.<EventName>.v<N>)`,
    );
  }
  return type;
}

/** Splits a type string into its parts; undefined when it is not a `vn.vwu` event type. */
export function parseEventType(type: string): EventTypeParts | undefined {
  const [, context, name, version] = EVENT_TYPE_PATTERN.exec(type) ?? [];
  if (context === undefined || name === undefined || version === undefined) return undefined;
  return { context, name, version: Number(version) };
}
