import { type z } from 'zod';
import { MalformedEventError } from '../errors';
import {
  type CloudEvent,
  type CloudEventAttributes,
  cloudEventAttributesSchema,
} from './cloud-event';
import {
  CLOUDEVENT_KAFKA_HEADERS,
  type KafkaHeaders,
  decodeText,
  headerOf,
  readHeader,
} from './kafka-headers';

/** A message to produce; kafkajs' `Message` accepts it as it is. */
export interface OutgoingKafkaMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A consumed message; kafkajs' `KafkaMessage` is one. */
export interface IncomingKafkaMessage {
  readonly key?: Uint8Array | string | null;
  readonly value: Uint8Array | string | null;
  readonly headers?: KafkaHeaders;
}

const JSON_MEDIA_TYPE = 'application/json';

/**
 * Encodes a public event as a Kafka message in binary mode: attributes in headers, `data` as
 * JSON in the value, keyed by the subject (the stream id) so a stream stays on one partition.
 */
export function toKafkaMessage(event: CloudEvent<unknown>): OutgoingKafkaMessage {
  const attributes = validateAttributes(event);
  const headers: Record<string, string> = {};
  for (const [attribute, header] of Object.entries(CLOUDEVENT_KAFKA_HEADERS)) {
    const value = attributes[attribute as keyof typeof CLOUDEVENT_KAFKA_HEADERS];
    if (value !== undefined) headers[header] = value;
  }
  return { key: attributes.subject, value: encodeData(event.data), headers };
}

/**
 * Decodes and validates a Kafka message in binary mode. Throws {@link MalformedEventError}. The
 * key is not read: it only chose the partition, and `ce_subject` is the stream id. Headers other
 * than the CloudEvents ones are ignored, and so are unknown extension attributes.
 */
export function fromKafkaMessage(message: IncomingKafkaMessage): CloudEvent<unknown> {
  const headers = message.headers ?? {};
  const candidate: Record<string, string | undefined> = {};
  for (const [attribute, header] of Object.entries(CLOUDEVENT_KAFKA_HEADERS)) {
    const value = readHeader(headers, header);
    if (value !== undefined) candidate[attribute] = value;
  }
  candidate['datacontenttype'] = mediaType(candidate['datacontenttype']);
  const attributes = validateAttributes(candidate);
  return { ...attributes, data: decodeData(message.value) };
}

/** `application/json`, whatever its parameters (JSON is UTF-8); undefined when absent. */
function mediaType(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const media = contentType.split(';')[0]?.trim().toLowerCase();
  if (media !== JSON_MEDIA_TYPE) {
    throw new MalformedEventError(
      'unsupported-content-type',
      `header content-type must be ${JSON_MEDIA_TYPE} (CloudEvents binary mode; structured mode is not supported)`,
    );
  }
  return JSON_MEDIA_TYPE;
}

function validateAttributes(candidate: object): CloudEventAttributes {
  const result = cloudEventAttributesSchema.safeParse(candidate);
  if (result.success) return result.data;
  const missing = result.error.issues.filter((issue) => isMissing(candidate, issue));
  if (missing.length > 0) {
    throw new MalformedEventError(
      'missing-header',
      `missing header ${missing.map((issue) => headerOf(String(issue.path[0]))).join(', ')}`,
    );
  }
  const problems = result.error.issues.map(
    (issue) => `${headerOf(String(issue.path[0]))}: ${issue.message}`,
  );
  throw new MalformedEventError('invalid-header', `invalid header ${problems.join('; ')}`);
}

function isMissing(candidate: object, issue: z.core.$ZodIssue): boolean {
  const [attribute] = issue.path;
  return (
    typeof attribute === 'string' && (candidate as Record<string, unknown>)[attribute] === undefined
  );
}

function encodeData(data: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    throw new MalformedEventError('invalid-data', 'event data cannot be serialised as JSON');
  }
  return json;
}

/** The message value as JSON. Never quotes the value or the parser's message, which does. */
function decodeData(value: Uint8Array | string | null): unknown {
  if (value === null) throw new MalformedEventError('invalid-json', 'message value is empty');
  const text = decodeText(value);
  if (text === undefined) {
    throw new MalformedEventError('invalid-json', 'message value is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedEventError('invalid-json', 'message value is not valid JSON');
  }
}
