import { dlqTopic, MalformedEventError } from '@vwu/contracts';
import type { Batch, KafkaMessage, Producer } from 'kafkajs';

export interface DeadLetter {
  readonly batch: Batch;
  readonly message: KafkaMessage;
  readonly error: Error;
  readonly groupId: string;
}

/** Why a message was dead-lettered, as a stable code (DLQ header `dlq-error-code`). */
export function errorCode(error: Error): string {
  return error instanceof MalformedEventError ? error.code : 'projection-failed';
}

/**
 * Sends the message, unchanged, to `<topic>.dlq.<group>` with where it came from and why in
 * headers. The reason names the error's kind, never the payload (it may hold personal data).
 */
export async function deadLetter(producer: Producer, letter: DeadLetter): Promise<void> {
  const { batch, message, error, groupId } = letter;
  await producer.send({
    topic: dlqTopic(batch.topic, groupId),
    acks: -1,
    messages: [
      {
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlq-error-code': errorCode(error),
          'dlq-error': `${error.name}: ${error.message}`,
          'dlq-original-topic': batch.topic,
          'dlq-original-partition': String(batch.partition),
          'dlq-original-offset': message.offset,
          'dlq-group': groupId,
          'dlq-failed-at': new Date().toISOString(),
        },
      },
    ],
  });
}

const TRANSIENT_NAMES =
  /^(MongoNetwork|MongoServerSelection|MongoNotConnected|MongoTopologyClosed|KafkaJS(Connection|RequestTimeout|NumberOfRetriesExceeded))/;

/** A store or broker that is away: retry later rather than call the event poison. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const labels = (error as { errorLabelSet?: Set<string> }).errorLabelSet;
  return TRANSIENT_NAMES.test(error.name) || (labels?.has('RetryableWriteError') ?? false);
}
