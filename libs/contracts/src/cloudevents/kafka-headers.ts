import { MalformedEventError } from '../errors';
import { type CloudEventAttributes } from './cloud-event';

/**
 * CloudEvents Kafka protocol binding, binary mode: each attribute is a `ce_<name>` header, except
 * `datacontenttype`, which maps to `content-type`.
 */
export const CLOUDEVENT_KAFKA_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  subject: 'ce_subject',
  time: 'ce_time',
  datacontenttype: 'content-type',
  sequence: 'ce_sequence',
  correlationid: 'ce_correlationid',
  causationid: 'ce_causationid',
  traceparent: 'ce_traceparent',
  actorid: 'ce_actorid',
} as const satisfies Readonly<Record<keyof CloudEventAttributes, string>>;

export type CloudEventAttributeName = keyof typeof CLOUDEVENT_KAFKA_HEADERS;

/** What kafkajs delivers as one header value: a Buffer, a string, or several of them. */
export type KafkaHeaderValue = Uint8Array | string | readonly (Uint8Array | string)[] | undefined;
export type KafkaHeaders = Readonly<Record<string, KafkaHeaderValue>>;

/** The header that carries an attribute (`time` → `ce_time`). */
export function headerOf(attribute: string): string {
  return Object.hasOwn(CLOUDEVENT_KAFKA_HEADERS, attribute)
    ? CLOUDEVENT_KAFKA_HEADERS[attribute as CloudEventAttributeName]
    : attribute;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text of a Buffer or string; undefined when the bytes are not UTF-8. */
export function decodeText(value: Uint8Array | string): string | undefined {
  if (typeof value === 'string') return value;
  try {
    return utf8.decode(value);
  } catch {
    return undefined;
  }
}

/**
 * The text of one header, undefined when absent. A header given more than once is refused: which
 * value a CloudEvents attribute has must not depend on the reader.
 */
export function readHeader(headers: KafkaHeaders, name: string): string | undefined {
  const raw = headers[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array)) {
    if (raw.length > 1) {
      throw new MalformedEventError('invalid-header', `header ${name} appears ${raw.length} times`);
    }
    return raw[0] === undefined ? undefined : readOne(name, raw[0]);
  }
  return readOne(name, raw);
}

function readOne(name: string, value: Uint8Array | string): string {
  const text = decodeText(value);
  if (text === undefined) {
    throw new MalformedEventError('invalid-header', `header ${name} is not valid UTF-8`);
  }
  return text;
}
