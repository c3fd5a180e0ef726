import { parseEventData, toKafkaMessage, type CloudEvent } from '@vwu/contracts';
import type { CommitDocument, StoredEvent } from '@vwu/platform-event-sourcing';
import { metrics, reportOutboxBacklog } from '@vwu/platform-metrics';
import type { Producer } from 'kafkajs';
import type { Model, Types } from 'mongoose';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Lease } from './lease';
import type { Logger } from './logger';

/** Internal event → public event (type and data), or undefined for an internal-only event. */
export type PublicEventMapper = (event: StoredEvent) => { type: string; data: unknown } | undefined;

export interface OutboxRelayOptions {
  /** CloudEvents source: `/vwu/<service>`. */
  readonly source: string;
  readonly topic: string;
  readonly mapper: PublicEventMapper;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly maxBackoffMs?: number;
}

type UnpublishedCommit = CommitDocument & { _id: Types.ObjectId };

/**
 * Publishes the event store's unpublished commits to Kafka as CloudEvents (binary mode), then
 * marks them published. At least once: a crash between the two publishes again, with the same
 * event ids, and consumers absorb the duplicate. A broker that goes away is retried with backoff.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private running: Promise<void> | undefined;
  private stopping = new AbortController();

  constructor(
    private readonly commits: Model<CommitDocument>,
    private readonly producer: Producer,
    private readonly lease: Lease,
    private readonly options: OutboxRelayOptions & { readonly logger: Logger },
  ) {
    this.batchSize = options.batchSize ?? 500;
  }

  /** Commits recorded but not yet on Kafka: the readiness detail and the lag to alert on. */
  backlog(): Promise<number> {
    return this.commits.countDocuments({ published: false });
  }

  /** One batch, if this instance holds the lease; returns how many commits it published. */
  async publishOnce(): Promise<number> {
    if (!(await this.lease.acquire())) return 0;
    // Ascending version across all streams: a stream's commit can only be in the batch if all
    // its earlier unpublished commits are too, so each stream is published in order.
    const batch = (await this.commits
      .find({ published: false })
      .sort({ version: 1, committedAt: 1 })
      .limit(this.batchSize)
      .lean()) as UnpublishedCommit[];
    if (batch.length === 0) return 0;
    const messages = batch.flatMap((commit) => this.messagesOf(commit));
    if (messages.length > 0)
      await this.producer.send({ topic: this.options.topic, acks: -1, messages });
    await this.commits.bulkWrite(
      batch.map((commit) => ({
        updateOne: {
          filter: { _id: commit._id },
          update: { $set: { published: true, publishedAt: new Date() } },
        },
      })),
      { ordered: false },
    );
    const now = Date.now();
    for (const commit of batch)
      metrics.outboxPublishLatency.observe((now - new Date(commit.committedAt).getTime()) / 1000);
    metrics.outboxPublished.inc(batch.length);
    return batch.length;
  }

  start(): void {
    reportOutboxBacklog(() => this.backlog());
    this.stopping = new AbortController();
    this.running ??= this.loop(this.stopping.signal).finally(() => (this.running = undefined));
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
    await this.lease.release();
  }

  private async loop(signal: AbortSignal): Promise<void> {
    const pollMs = this.options.pollIntervalMs ?? 200;
    const maxBackoffMs = this.options.maxBackoffMs ?? 30_000;
    let backoffMs = pollMs;
    while (!signal.aborted) {
      try {
        const published = await this.publishOnce();
        backoffMs = pollMs;
        if (published === this.batchSize) continue;
      } catch (error) {
        backoffMs = Math.min(maxBackoffMs, backoffMs * 2);
        this.options.logger.warn(
          `outbox relay to ${this.options.topic} failed (${(error as Error).name}: ${(error as Error).message}); retrying in ${backoffMs} ms`,
        );
      }
      await sleep(backoffMs, undefined, { signal }).catch(() => undefined);
    }
  }

  private messagesOf(commit: UnpublishedCommit): ReturnType<typeof toKafkaMessage>[] {
    return commit.events.flatMap((event) => {
      const mapped = this.options.mapper(event);
      if (!mapped) return [];
      const cloudEvent: CloudEvent<unknown> = {
        specversion: '1.0',
        id: event.eventId,
        source: this.options.source,
        type: mapped.type,
        subject: commit.streamId,
        time: commit.committedAt.toISOString(),
        datacontenttype: 'application/json',
        sequence: String(event.version),
        correlationid: commit.metadata.correlationId,
        causationid: commit.metadata.causationId,
        actorid: commit.metadata.actor,
        ...(commit.metadata.traceparent ? { traceparent: commit.metadata.traceparent } : {}),
        // A mapper bug must not put an event that breaks the public contract on Kafka.
        data: parseEventData(mapped.type, mapped.data),
      };
      return [toKafkaMessage(cloudEvent)];
    });
  }
}
