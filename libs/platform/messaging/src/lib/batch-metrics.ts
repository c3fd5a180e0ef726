import { metrics } from '@vwu/platform-metrics';
import type { Batch } from 'kafkajs';

/**
 * A consumer group's batches as the metrics see them: each timed, the messages received again
 * counted (an offset at or below the highest this process received: a crash, a rebalance or a
 * failed run), the partition's lag recorded after it, its dead letters counted.
 */
export class BatchMetrics {
  private readonly received = new Map<string, bigint>();

  constructor(private readonly group: string) {}

  async around(batch: Batch, work: () => Promise<void>): Promise<void> {
    const { group } = this;
    const { topic } = batch;
    const partition = String(batch.partition);
    this.countRedeliveries(batch, partition);
    const end = metrics.consumerBatchDuration.startTimer({ group, topic });
    try {
      await work();
    } finally {
      end();
      metrics.consumerLag.set({ group, topic, partition }, Number(batch.offsetLag()));
    }
  }

  deadLettered(topic: string): void {
    metrics.deadLetters.inc({ group: this.group, topic });
  }

  private countRedeliveries(batch: Batch, partition: string): void {
    const key = `${batch.topic}:${partition}`;
    const seen = this.received.get(key) ?? -1n;
    const again = batch.messages.filter((m) => BigInt(m.offset) <= seen).length;
    if (again > 0)
      metrics.consumerRedeliveries.inc({ group: this.group, topic: batch.topic, partition }, again);
    const last = batch.messages.at(-1);
    if (last && BigInt(last.offset) > seen) this.received.set(key, BigInt(last.offset));
  }
}
