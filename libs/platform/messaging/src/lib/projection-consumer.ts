import {
  dlqTopic,
  fromKafkaMessage,
  isPublicEventType,
  parseEventData,
  type PublicEvent,
} from '@vwu/contracts';
import {
  Partitioners,
  type Batch,
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchMetrics } from './batch-metrics';
import { deadLetter, isTransient } from './dead-letter';
import { ensureTopics } from './kafka';
import type { Logger } from './logger';

/** A read model fed by public events. `apply` must be idempotent per (subject, sequence). */
export interface ProjectionHandler {
  apply(events: readonly PublicEvent[]): Promise<void>;
}

export interface ProjectionConsumerOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly handler: ProjectionHandler;
  readonly logger: Logger;
  /** Attempts at applying an event before it counts as poison (transient failures never do). */
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
  /** Events per bulk write at most (default 250). */
  readonly maxRun?: number;
}

type Decoded =
  | { readonly kind: 'event'; readonly message: KafkaMessage; readonly event: PublicEvent }
  | { readonly kind: 'skip'; readonly message: KafkaMessage }
  | { readonly kind: 'poison'; readonly message: KafkaMessage; readonly error: Error };

function decode(message: KafkaMessage): Decoded {
  try {
    const envelope = fromKafkaMessage(message);
    // A type published after this consumer was built is not poison: other readers want it.
    if (!isPublicEventType(envelope.type)) return { kind: 'skip', message };
    const data = parseEventData(envelope.type, envelope.data);
    return { kind: 'event', message, event: { ...envelope, data } as PublicEvent };
  } catch (error) {
    return { kind: 'poison', message, error: error as Error };
  }
}

/**
 * Feeds a projection from Kafka: whole batches in one bulk write, offsets committed only after
 * the write, bounded retries, then the dead-letter topic `<topic>.dlq.<group>`; the partition
 * moves on. A store that is down is not poison: the batch is retried until it comes back.
 */
/** Events per bulk write: a run takes well under the session timeout even on the local store. */
const MAX_RUN = 100;
/** After a crash kafkajs does not recover from, a new consumer joins after this long. */
const RESTART_DELAY_MS = 2_000;

export class ProjectionConsumer {
  private consumer: Consumer;
  private readonly producer: Producer;
  private stopped = false;
  private readonly metrics: BatchMetrics;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: ProjectionConsumerOptions,
  ) {
    this.consumer = this.newConsumer();
    this.metrics = new BatchMetrics(options.groupId);
    this.producer = kafka.producer({
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async start(): Promise<void> {
    const { topics, groupId } = this.options;
    this.stopped = false;
    // The source topics too: the projections may start before the first writer ever ran.
    await ensureTopics(this.kafka, [
      ...topics.map((topic) => ({ topic })),
      ...topics.map((topic) => ({ topic: dlqTopic(topic, groupId) })),
    ]);
    await this.producer.connect();
    await this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  /**
   * A member that died without leaving (SIGKILL) holds its partitions until the session times
   * out. kafkajs restarts a consumer after a retriable crash itself; after any other (the group
   * forgot a member whose run outlasted the session, say) this one starts a new consumer, from
   * the last committed offsets, so a projection never silently stops.
   */
  private newConsumer(): Consumer {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      maxWaitTimeInMs: 500,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.stopped) return;
      this.options.logger.warn(
        `projection ${this.options.groupId} crashed (${payload.error.name}); starting a new consumer`,
      );
      setTimeout(() => void this.restart(consumer), RESTART_DELAY_MS);
    });
    return consumer;
  }

  private async restart(crashed: Consumer): Promise<void> {
    if (this.stopped || crashed !== this.consumer) return;
    await crashed.disconnect().catch(() => undefined);
    this.consumer = this.newConsumer();
    await this.run().catch((error: unknown) => {
      this.options.logger.warn(
        `projection ${this.options.groupId} restart failed: ${String(error)}`,
      );
      setTimeout(() => void this.restart(this.consumer), RESTART_DELAY_MS);
    });
  }

  private async run(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  private eachBatch(payload: EachBatchPayload): Promise<void> {
    return this.metrics.around(payload.batch, () => this.applyBatch(payload));
  }

  private async applyBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    let pending: Extract<Decoded, { kind: 'event' }>[] = [];
    for (const item of batch.messages.map(decode)) {
      if (!payload.isRunning() || payload.isStale()) return;
      if (item.kind === 'event') {
        pending.push(item);
        // A long batch (a bulk import's thousands of events) is written in runs, each committed
        // with a heartbeat: the session stays alive and a crash redoes one run at most.
        if (pending.length >= (this.options.maxRun ?? MAX_RUN)) {
          await this.applyAll(pending, payload);
          pending = [];
        }
        continue;
      }
      await this.applyAll(pending, payload);
      pending = [];
      if (item.kind === 'poison') await this.deadLetter(batch, item.message, item.error);
      await this.done(payload, item.message);
    }
    await this.applyAll(pending, payload);
  }

  /** One bulk write for the run; if it keeps failing, event by event to find the poison. */
  private async applyAll(items: Extract<Decoded, { kind: 'event' }>[], payload: EachBatchPayload) {
    if (items.length === 0) return;
    const last = items[items.length - 1] as (typeof items)[number];
    if (
      await this.attempt(
        items.map((i) => i.event),
        payload,
      )
    )
      return this.done(payload, last.message);
    for (const item of items) {
      if (!(await this.attempt([item.event], payload))) {
        await this.deadLetter(payload.batch, item.message, new Error('projection failed'));
      }
      await this.done(payload, item.message);
    }
  }

  /** True once applied; false after the bounded attempts; throws on a transient failure. */
  private async attempt(
    events: readonly PublicEvent[],
    payload: EachBatchPayload,
  ): Promise<boolean> {
    const maxAttempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.options.handler.apply(events);
        return true;
      } catch (error) {
        // kafkajs restarts the consumer from the last committed offset: nothing is skipped.
        if (isTransient(error)) throw error;
        if (attempt >= maxAttempts) return false;
        await payload.heartbeat();
        await sleep((this.options.retryDelayMs ?? 200) * attempt);
      }
    }
  }

  private async deadLetter(batch: Batch, message: KafkaMessage, error: Error): Promise<void> {
    const { groupId, logger } = this.options;
    await deadLetter(this.producer, { batch, message, error, groupId });
    this.metrics.deadLettered(batch.topic);
    logger.warn(
      `dead-lettered ${batch.topic}[${batch.partition}]@${message.offset} for ${groupId}: ${error.name}`,
    );
  }

  private async done(payload: EachBatchPayload, message: KafkaMessage): Promise<void> {
    payload.resolveOffset(message.offset);
    await this.consumer.commitOffsets([
      {
        topic: payload.batch.topic,
        partition: payload.batch.partition,
        offset: (BigInt(message.offset) + 1n).toString(),
      },
    ]);
    await payload.heartbeat();
  }
}
