export * from './cloudevents/cloud-event';
export * from './cloudevents/event-type';
export * from './cloudevents/kafka-binding';
export {
  CLOUDEVENT_KAFKA_HEADERS,
  type CloudEventAttributeName,
  type KafkaHeaderValue,
  type KafkaHeaders,
} from './cloudevents/kafka-headers';
export * from './errors';
export { generateContractFiles } from './json-schema/generate';
export * from './membership';
export * from './organisation';
export * from './registry';
export * from './topics';
export * from './training';
