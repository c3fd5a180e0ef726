import { parseEventType } from '../cloudevents/event-type';
import { PUBLIC_EVENTS, type PublicEventType } from '../registry';
import { type EventContext, TOPICS } from '../topics';
import { type JsonSchema, eventJsonSchema, kafkaHeadersJsonSchema } from './json-schemas';

const KAFKA_BINDING_VERSION = '0.5.0';

const DESCRIPTION = [
  'Các luồng sự kiện công khai của nền tảng số Hội Liên hiệp Phụ nữ Việt Nam: CloudEvents 1.0 trên Kafka, chế độ nhị phân (thuộc tính sự kiện nằm trong các header ce_*, dữ liệu sự kiện là JSON trong value). Mỗi phân hệ có một topic, lưu sự kiện vĩnh viễn; khóa của message là mã luồng (ce_subject). Sự kiện công khai chỉ mang mã định danh và thông tin không định danh cá nhân. Thay đổi không tương thích tạo ra một loại sự kiện mới (.v2); bên nhận phải bỏ qua các trường chưa biết.',
  "The public event streams of the Vietnam Women's Union platform: CloudEvents 1.0 on Kafka in binary mode (event attributes in ce_* headers, event data as JSON in the value). One topic per bounded context, kept forever; the message key is the stream id (ce_subject). Public events carry ids and non-identifying facts only. A breaking change makes a new event type (.v2); consumers must ignore fields they do not know.",
].join('\n\n');

/** An AsyncAPI 3.0.0 document: one channel per topic, one message per public event type. */
export function asyncApiDocument(): Record<string, unknown> {
  const contexts = Object.keys(TOPICS) as EventContext[];
  const types = Object.keys(PUBLIC_EVENTS) as PublicEventType[];
  return {
    asyncapi: '3.0.0',
    info: { title: 'vwu-platform events', version: '1.0.0', description: DESCRIPTION },
    defaultContentType: 'application/json',
    channels: Object.fromEntries(contexts.map((context) => [context, channel(context)])),
    operations: Object.fromEntries(
      contexts
        .filter((context) => typesOn(context).length > 0)
        .map((context) => [`publish-${context}`, operation(context)]),
    ),
    components: {
      schemas: { CloudEventHeaders: kafkaHeadersJsonSchema() },
      messages: Object.fromEntries(types.map((type) => [type, message(type)])),
      correlationIds: {
        correlationid: {
          description: 'Shared by every event that one request or process led to.',
          location: '$message.header#/ce_correlationid',
        },
      },
    },
  };
}

function typesOn(context: EventContext): PublicEventType[] {
  return (Object.keys(PUBLIC_EVENTS) as PublicEventType[]).filter(
    (type) => PUBLIC_EVENTS[type].topic === TOPICS[context],
  );
}

function channel(context: EventContext): Record<string, unknown> {
  return {
    address: TOPICS[context],
    title: `${context} events`,
    description: `The public events of the ${context} context, in stream order per key.`,
    messages: Object.fromEntries(
      typesOn(context).map((type) => [type, { $ref: `#/components/messages/${type}` }]),
    ),
    bindings: {
      kafka: { topicConfiguration: { 'retention.ms': -1 }, bindingVersion: KAFKA_BINDING_VERSION },
    },
  };
}

function operation(context: EventContext): Record<string, unknown> {
  return {
    action: 'send',
    channel: { $ref: `#/channels/${context}` },
    summary: `vwu-platform publishes the public events of the ${context} context.`,
    messages: typesOn(context).map((type) => ({ $ref: `#/channels/${context}/messages/${type}` })),
  };
}

function message(type: PublicEventType): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...payload } = eventJsonSchema(type);
  const parts = parseEventType(type);
  return {
    name: type,
    title: parts ? `${parts.name} v${parts.version}` : type,
    description: PUBLIC_EVENTS[type].description,
    contentType: 'application/json',
    headers: { $ref: '#/components/schemas/CloudEventHeaders' },
    payload: payload satisfies JsonSchema,
    correlationId: { $ref: '#/components/correlationIds/correlationid' },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The stream id: the same as the ce_subject header.' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}
