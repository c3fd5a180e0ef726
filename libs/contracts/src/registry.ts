import { type z } from 'zod';
import { type CloudEvent } from './cloudevents/cloud-event';
import { parseEventType } from './cloudevents/event-type';
import { MalformedEventError, UnknownEventTypeError } from './errors';
import { MEMBERSHIP_EVENTS } from './membership';
import { ORGANISATION_EVENTS } from './organisation';
import { TOPICS, type EventContext, type Topic } from './topics';
import { TRAINING_EVENTS } from './training';

/** What the contract says about one public event type. */
export interface PublicEventDefinition<S extends z.ZodType = z.ZodType> {
  readonly topic: Topic;
  /** Validates `data`; an object schema that drops fields it does not know (additive evolution). */
  readonly schema: S;
  /** The schema's description: the documentation analytics teams read. */
  readonly description: string;
}

type Definitions<E extends Readonly<Record<string, z.ZodType>>> = {
  readonly [T in keyof E]: PublicEventDefinition<E[T]>;
};

/** Puts one context's events on its topic, checking that each type names that context. */
function onTopic<E extends Readonly<Record<string, z.ZodType>>>(
  topic: Topic,
  events: E,
): Definitions<E> {
  const definitions = Object.entries(events).map(([type, schema]) => {
    const context = parseEventType(type)?.context;
    if (context === undefined || TOPICS[context as keyof typeof TOPICS] !== topic) {
      throw new Error(`public event ${type} does not belong on ${topic}`);
    }
    if (!schema.description) throw new Error(`public event ${type} has no description`);
    return [type, Object.freeze({ topic, schema, description: schema.description })] as const;
  });
  return Object.fromEntries(definitions) as Definitions<E>;
}

/** Every public event type, by its full type string (`vn.vwu.<context>.<EventName>.v<N>`). */
export const PUBLIC_EVENTS = Object.freeze({
  ...onTopic(TOPICS.organisation, ORGANISATION_EVENTS),
  ...onTopic(TOPICS.membership, MEMBERSHIP_EVENTS),
  ...onTopic(TOPICS.training, TRAINING_EVENTS),
});

export type PublicEventType = keyof typeof PUBLIC_EVENTS;
export type PublicEventData<T extends PublicEventType> = z.output<
  (typeof PUBLIC_EVENTS)[T]['schema']
>;
/** A validated public event, discriminated by `type`: `switch (event.type)` narrows `data`. */
export type PublicEvent = {
  [T in PublicEventType]: CloudEvent<PublicEventData<T>> & { readonly type: T };
}[PublicEventType];

export function isPublicEventType(type: string): type is PublicEventType {
  return Object.hasOwn(PUBLIC_EVENTS, type);
}

/**
 * Validates event data against its registered schema, dropping fields it does not know. Throws
 * {@link UnknownEventTypeError} for an unregistered type and {@link MalformedEventError}
 * (`invalid-data`) for data that does not fit; neither quotes the data.
 */
export function parseEventData<T extends PublicEventType>(
  type: T,
  data: unknown,
): PublicEventData<T>;
export function parseEventData(type: string, data: unknown): unknown;
export function parseEventData(type: string, data: unknown): unknown {
  if (!isPublicEventType(type)) throw new UnknownEventTypeError(type);
  const result = PUBLIC_EVENTS[type].schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(data)'}: ${issue.message}`,
  );
  throw new MalformedEventError('invalid-data', `invalid data for ${type}: ${problems.join('; ')}`);
}

/** A decoded CloudEvent (from `fromKafkaMessage`) with its data validated: see parseEventData. */
export function parsePublicEvent(event: CloudEvent<unknown>): PublicEvent {
  return { ...event, data: parseEventData(event.type, event.data) } as PublicEvent;
}

/** The public events of one context (those on its topic). */
export type ContextEvent<C extends EventContext> = Extract<
  PublicEvent,
  { readonly type: `vn.vwu.${C}.${string}` }
>;

/** Whether a public event is one of the context's: a consumer of one topic may meet others. */
export function isContextEvent<C extends EventContext>(
  context: C,
  event: PublicEvent,
): event is ContextEvent<C> {
  return event.type.startsWith(`vn.vwu.${context}.`);
}
