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

/** Attempts at declaring topics before giving up (a broker still electing leaders, say). */
const DECLARE_ATTEMPTS = 8;

const isRetriable = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  (error as { retriable?: unknown }).retriable === true;

/**
 * Declares topics (idempotent). Event topics keep events forever (retention -1): they are the
 * replay source for projections and analytics consumers. Several consumers of one service may
 * declare the same topic at once: the loser's wait for leaders can meet the topic before its
 * metadata (UNKNOWN_TOPIC_OR_PARTITION, retriable), so retriable errors are tried again.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await declareTopics(kafka, topics);
    } catch (error) {
      if (!isRetriable(error) || attempt === DECLARE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function declareTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<void> {
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
