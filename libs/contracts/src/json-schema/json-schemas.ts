import { z } from 'zod';
import { cloudEventAttributesSchema } from '../cloudevents/cloud-event';
import { parseEventType } from '../cloudevents/event-type';
import { headerOf } from '../cloudevents/kafka-headers';
import { PUBLIC_EVENTS, type PublicEventType } from '../registry';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * Input mode: the schema describes the JSON on the wire, which is what a consumer validates, and
 * it leaves `additionalProperties` open, because consumers must accept fields added later.
 */
function toJsonSchema(schema: z.ZodType): JsonSchema {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) };
}

/** The JSON Schema of one public event's data, identified by its type string. */
export function eventJsonSchema(type: PublicEventType): JsonSchema {
  const { $schema, ...schema } = toJsonSchema(PUBLIC_EVENTS[type].schema);
  const parts = parseEventType(type);
  return {
    $schema,
    $id: type,
    title: parts ? `${parts.name} v${parts.version}` : type,
    description: PUBLIC_EVENTS[type].description,
    ...schema,
  };
}

/** The JSON Schema of the CloudEvents attributes every public event carries. */
export function envelopeJsonSchema(): JsonSchema {
  const { $schema, ...schema } = toJsonSchema(cloudEventAttributesSchema);
  return {
    $schema,
    $id: 'vn.vwu.cloudevent',
    title: 'CloudEvent attributes',
    description: cloudEventAttributesSchema.description,
    ...schema,
  };
}

/** The same attributes as the Kafka headers that carry them (binary mode), all strings. */
export function kafkaHeadersJsonSchema(): JsonSchema {
  const { properties = {}, required = [] } = toJsonSchema(cloudEventAttributesSchema);
  return {
    type: 'object',
    description:
      'The Kafka headers of every public event (CloudEvents 1.0 Kafka protocol binding, binary mode): each attribute is a ce_<name> header, except datacontenttype, which is content-type. Other headers may be present.',
    properties: Object.fromEntries(
      Object.entries(properties).map(([attribute, schema]) => [headerOf(attribute), schema]),
    ),
    required: required.map(headerOf),
  };
}
