import { EVENT_TYPE_PATTERN } from './cloudevents/event-type';

/** Why a Kafka message is not a well-formed public event; stable, for metrics and DLQ headers. */
export type MalformedEventCode =
  | 'missing-header'
  | 'invalid-header'
  | 'invalid-json'
  | 'unsupported-content-type'
  | 'invalid-data';

/**
 * A message that cannot be read as a public event: a consumer sends it to its dead-letter topic.
 * The message names the header or field at fault but never quotes a value: payloads of other
 * contexts may hold personal data, and error messages end up in logs.
 */
export class MalformedEventError extends Error {
  constructor(
    readonly code: MalformedEventCode,
    message: string,
  ) {
    super(message);
    this.name = 'MalformedEventError';
  }
}

/**
 * A well-formed event whose type this version of the contracts does not know, typically one
 * published after the consumer was built. Not malformed: consumers usually skip it rather than
 * dead-letter it. The type string is public and safe to log.
 */
export class UnknownEventTypeError extends Error {
  readonly code = 'unknown-type';

  constructor(readonly type: string) {
    // Only a string that is a type by its form is quoted: anything else came from outside.
    super(`unknown public event type ${EVENT_TYPE_PATTERN.test(type) ? type : '(malformed)'}`);
    this.name = 'UnknownEventTypeError';
  }
}
