/**
 * One topic per bounded context. Topics keep events forever (retention -1): they are the replay
 * source for projections and for analytics consumers.
 */
export const TOPICS = {
  /** Union units (đơn vị Hội) and their tree: establishment, renaming, merging. */
  organisation: 'vwu.organisation.events',
  /** Members (hội viên): admission, transfer, leaving. */
  membership: 'vwu.membership.events',
  /** Cadres and training (cán bộ, đào tạo). */
  training: 'vwu.training.events',
  /** Citizen dialogue and legal aid (tiếp công dân, tư vấn pháp lý). */
  dialogue: 'vwu.dialogue.events',
} as const satisfies Readonly<Record<string, `vwu.${string}.events`>>;

/** A bounded context that publishes public events. */
export type EventContext = keyof typeof TOPICS;
export type Topic = (typeof TOPICS)[EventContext];

const GROUP_PATTERN = /^[a-zA-Z0-9._-]+$/;
/** Kafka refuses longer topic names. */
const MAX_TOPIC_LENGTH = 249;

/**
 * The dead-letter topic of one consumer group on one topic: `<topic>.dlq.<group>`. A group name
 * is configuration, never personal data, so errors may name it.
 */
export function dlqTopic<T extends string, G extends string>(topic: T, group: G): `${T}.dlq.${G}` {
  if (!GROUP_PATTERN.test(group)) {
    throw new RangeError(
      `consumer group "${group}" cannot be part of a topic name: use only a-z, A-Z, 0-9, '.', '_' and '-'`,
    );
  }
  const name = `${topic}.dlq.${group}` as const;
  if (name.length > MAX_TOPIC_LENGTH) {
    throw new RangeError(
      `dead-letter topic for group "${group}" exceeds ${MAX_TOPIC_LENGTH} characters`,
    );
  }
  return name;
}
