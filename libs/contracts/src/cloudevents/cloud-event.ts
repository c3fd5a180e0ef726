import { z } from 'zod';
import { EVENT_TYPE_PATTERN } from './event-type';

const SOURCE_PATTERN = /^\/vwu\/[a-z][a-z0-9-]*$/;
/** At most 15 digits, so that `Number(sequence)` is exact in every consumer. */
const SEQUENCE_PATTERN = /^[1-9][0-9]{0,14}$/;
/** W3C trace-context version 00; all-zero trace and parent ids are invalid there too. */
const TRACEPARENT_PATTERN = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * The CloudEvents 1.0 attributes of every public event (the envelope around `data`), as this
 * platform profiles them. On Kafka (binary mode) each travels in a `ce_<name>` header, except
 * `datacontenttype`, which is the `content-type` header.
 */
export const cloudEventAttributesSchema = z
  .object({
    /** The CloudEvents version: always `1.0`. */
    specversion: z
      .literal('1.0', 'must be 1.0')
      .describe('The CloudEvents specification version: always 1.0.'),
    /** The event id (a UUID): unique per event, so consumers deduplicate on it. */
    id: z
      .string()
      .min(1, 'must not be empty')
      .describe('The event id, a UUID: unique per event; consumers deduplicate on it.'),
    /** The service that recorded the event: `/vwu/<service>`, e.g. `/vwu/organisation-service`. */
    source: z
      .string()
      .regex(SOURCE_PATTERN, 'must be /vwu/<service>')
      .describe(
        'The service that recorded the event: /vwu/<service>, e.g. /vwu/organisation-service.',
      ),
    /** The event type, `vn.vwu.<context>.<EventName>.v<N>`: it names the schema of `data`. */
    type: z
      .string()
      .regex(EVENT_TYPE_PATTERN, 'must be vn.vwu.<context>.<EventName>.v<N>')
      .describe(
        'The event type, vn.vwu.<context>.<EventName>.v<N>: it names the schema of data. A breaking change is a new version.',
      ),
    /** The stream id (e.g. the unit id); also the Kafka message key, so a stream stays ordered. */
    subject: z
      .string()
      .min(1, 'must not be empty')
      .describe(
        'The id of the stream the event belongs to (e.g. the unit id). It is also the Kafka message key, so the events of one stream keep their order.',
      ),
    /** When the event was recorded (RFC 3339), not when it takes effect: see the event's dates. */
    time: z.iso
      .datetime({ offset: true, error: 'must be an RFC 3339 timestamp' })
      .describe(
        'When the event was recorded, as an RFC 3339 timestamp. Dates on which a fact takes effect are fields of data.',
      ),
    /** The media type of `data`: always `application/json`. */
    datacontenttype: z
      .literal('application/json', 'must be application/json')
      .describe('The media type of data: always application/json (the content-type header).'),
    /** The event's version in its stream, from 1, as a decimal string (CloudEvents sequence). */
    sequence: z
      .string()
      .regex(SEQUENCE_PATTERN, 'must be a decimal integer from 1')
      .describe(
        "The event's position in its stream (1 for the first event), as a decimal integer string (CloudEvents sequence extension). A consumer that sees a gap has missed events.",
      ),
    /** The id of the request or process that led to this event, shared by all its events. */
    correlationid: z
      .string()
      .min(1, 'must not be empty')
      .describe('The id shared by every event that one request or process led to.'),
    /** The id of the command or event that directly caused this event. */
    causationid: z
      .string()
      .min(1, 'must not be empty')
      .describe('The id of the command or event that directly caused this event.'),
    /** The W3C trace context of the write that recorded the event, when it was traced. */
    traceparent: z
      .string()
      .regex(TRACEPARENT_PATTERN, 'must be a W3C traceparent (00-<32 hex>-<16 hex>-<2 hex>)')
      .optional()
      .describe(
        'The W3C trace context (traceparent) of the write that recorded the event, when it was traced.',
      ),
    /** The account that made the request: an opaque user id, never a name or an e-mail. */
    actorid: z
      .string()
      .min(1, 'must not be empty')
      .max(200, 'at most 200 characters')
      .optional()
      .describe(
        "The id of the user account (or system process, 'system:<name>') that made the request the event records: an opaque id from the identity provider, never a name or an e-mail address.",
      ),
  })
  .describe(
    'The CloudEvents 1.0 attributes of every vwu-platform public event. On Kafka (binary mode) each is a ce_<name> header, except datacontenttype, which is the content-type header; the message value is data as JSON.',
  );

export type CloudEventAttributes = Readonly<z.output<typeof cloudEventAttributesSchema>>;

/** A public event: the CloudEvents attributes and the event data. */
export type CloudEvent<T> = CloudEventAttributes & { readonly data: T };
