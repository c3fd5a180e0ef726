import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

/**
 * The process's metrics, one registry per process (each service is a process of its own): the
 * families the platform's code records, and Node's own (memory, event-loop lag, GC). Labels are
 * low-cardinality by rule: routes as templates, commands and events by type, never an id.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const PREFIX = 'vwu_';
/** From a fast read (1 ms) to a slow bulk write (10 s). */
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const histogram = <L extends string>(config: HistogramConfiguration<L>) =>
  new Histogram<L>({
    buckets: SECONDS,
    ...config,
    name: PREFIX + config.name,
    registers: [registry],
  });
const counter = <L extends string>(config: CounterConfiguration<L>) =>
  new Counter<L>({ ...config, name: PREFIX + config.name, registers: [registry] });
const gauge = <L extends string>(config: GaugeConfiguration<L>) =>
  new Gauge<L>({ ...config, name: PREFIX + config.name, registers: [registry] });

let outboxBacklogOf: (() => Promise<number>) | undefined;

/** The relay of this process, counted at each scrape (one count query, not per poll). */
export function reportOutboxBacklog(source: () => Promise<number>): void {
  outboxBacklogOf = source;
}

export const metrics = {
  httpRequestDuration: histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests answered, by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
  }),
  rpcRequestDuration: histogram({
    name: 'rpc_request_duration_seconds',
    help: 'RPC messages a service answered, by pattern and outcome (ok, error).',
    labelNames: ['pattern', 'outcome'] as const,
  }),
  commandDuration: histogram({
    name: 'command_duration_seconds',
    help: 'Commands decided and appended, by command type and outcome (ok, refused, conflict, error).',
    labelNames: ['command', 'outcome'] as const,
  }),
  appendDuration: histogram({
    name: 'event_store_append_duration_seconds',
    help: 'Event-store appends (one commit, or the first commits of many new streams at once).',
    labelNames: ['operation'] as const,
  }),
  appendConflicts: counter({
    name: 'event_store_append_conflicts_total',
    help: 'Appends refused because the stream had moved on (an optimistic-concurrency race).',
  }),
  outboxBacklog: gauge({
    name: 'outbox_backlog_commits',
    help: 'Commits recorded but not yet published to Kafka, as of the scrape.',
    async collect() {
      if (outboxBacklogOf) this.set(await outboxBacklogOf().catch(() => Number.NaN));
    },
  }),
  outboxPublishLatency: histogram({
    name: 'outbox_publish_latency_seconds',
    help: 'From a commit being recorded to its events being acknowledged by Kafka.',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  }),
  outboxPublished: counter({
    name: 'outbox_published_commits_total',
    help: 'Commits the outbox relay published.',
  }),
  consumerLag: gauge({
    name: 'consumer_lag_messages',
    help: 'Messages behind the partition’s high watermark, per consumer group and partition, at its last batch.',
    labelNames: ['group', 'topic', 'partition'] as const,
  }),
  consumerBatchDuration: histogram({
    name: 'consumer_batch_duration_seconds',
    help: 'One batch of a consumer group, fetched to committed.',
    labelNames: ['group', 'topic'] as const,
  }),
  consumerRedeliveries: counter({
    name: 'consumer_redeliveries_total',
    help: 'Messages received again (after a crash, a rebalance or a failed run), per group and partition.',
    labelNames: ['group', 'topic', 'partition'] as const,
  }),
  deadLetters: counter({
    name: 'dead_letters_total',
    help: 'Messages set aside on the dead-letter topic, per consumer group and source topic.',
    labelNames: ['group', 'topic'] as const,
  }),
  jobsRunning: gauge({
    name: 'jobs_running',
    help: 'Jobs this process is running now (imports, restructurings, reports), by kind.',
    labelNames: ['kind'] as const,
  }),
  jobRowsDone: counter({
    name: 'job_rows_done_total',
    help: 'Rows the jobs have done and recorded, by kind: its rate is a running job’s progress.',
    labelNames: ['kind'] as const,
  }),
  jobsFinished: counter({
    name: 'jobs_finished_total',
    help: 'Jobs that ended, by kind and status (completed, failed).',
    labelNames: ['kind', 'status'] as const,
  }),
};

/** Times the work into a histogram with the labels its outcome gives. */
export async function timed<T, L extends string>(
  into: Histogram<L>,
  work: () => Promise<T>,
  labels: (outcome: { value?: T; error?: unknown }) => Partial<Record<L, string>>,
): Promise<T> {
  const end = into.startTimer();
  try {
    const value = await work();
    end(labels({ value }));
    return value;
  } catch (error) {
    end(labels({ error }));
    throw error;
  }
}

/** The registry's text exposition (Prometheus 0.0.4), with its content type. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
