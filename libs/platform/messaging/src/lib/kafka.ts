import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';
import type { Logger } from './logger';

/** kafkajs logs through our logger; its entries carry broker and client facts, not payloads. */
function logCreatorFor(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, ...rest } = log;
      const line = `[kafkajs ${namespace}] ${message} ${JSON.stringify(rest)}`;
      if (level <= logLevel.ERROR) logger.error(line);
      else if (level === logLevel.WARN) logger.warn(line);
    };
}

export function createKafka(brokers: readonly string[], clientId: string, logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    logLevel: logLevel.WARN,
    logCreator: logCreatorFor(logger),
    retry: { initialRetryTime: 300, retries: 8 },
  });
}

export interface TopicSpec {
  readonly topic: string;
  readonly numPartitions?: number;
}

/**
 * Declares topics (idempotent). Event topics keep events forever (retention -1): they are the
 * replay source for projections and analytics consumers.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({
        topic: t.topic,
        numPartitions: t.numPartitions ?? 3,
        replicationFactor: -1,
        configEntries: [{ name: 'retention.ms', value: '-1' }],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
