import { dlqTopic, toKafkaMessage, TOPICS, type PublicEvent } from '@vwu/contracts';
import { testInfra, uniqueName, waitFor } from '@vwu/platform-testing';
import { Partitioners, type KafkaMessage, type Producer } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { createKafka, ensureTopics } from './kafka';
import { silentLogger } from './logger';
import { ProjectionConsumer, type ProjectionHandler } from './projection-consumer';

// The projection runtime against the real broker and store: bulk writes, offsets after the
// write, idempotency by stream version, poison to the dead-letter topic, the partition goes on.
const kafka = createKafka(testInfra().KAFKA_BROKERS, 'projection-test', silentLogger);
let connection: Connection;
let producer: Producer;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('proj') })
    .asPromise();
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});
afterAll(async () => {
  await producer.disconnect();
  await connection.dropDatabase();
  await connection.close();
});

/** Counts names per unit; idempotent: an event at or below the stored version changes nothing. */
class NameCounter implements ProjectionHandler {
  readonly batches: number[] = [];
  constructor(
    private readonly collection: string,
    private readonly poisonName?: string,
  ) {}
  get docs() {
    return connection.collection<{ _id: string; version: number; names: number }>(this.collection);
  }
  async apply(events: readonly PublicEvent[]): Promise<void> {
    if (events.some((e) => 'name' in e.data && e.data.name === this.poisonName))
      throw new Error('cannot project this');
    this.batches.push(events.length);
    await this.docs.bulkWrite(
      events.flatMap((e) => [
        {
          updateOne: {
            filter: { _id: e.subject },
            update: { $setOnInsert: { version: 0, names: 0 } },
            upsert: true,
          },
        },
        {
          updateOne: {
            filter: { _id: e.subject, version: { $lt: Number(e.sequence) } },
            update: { $set: { version: Number(e.sequence) }, $inc: { names: 1 } },
          },
        },
      ]),
      { ordered: true },
    );
  }
}

function renamed(unitId: string, sequence: number, name: string) {
  return toKafkaMessage({
    specversion: '1.0',
    id: randomUUID(),
    source: '/vwu/organisation-service',
    type: 'vn.vwu.organisation.UnitRenamed.v1',
    subject: unitId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    sequence: String(sequence),
    correlationid: 'c',
    causationid: 'c',
    data: { unitId, name, previousName: 'trước', renamedOn: '2025-08-01' },
  });
}

async function setup(handler: ProjectionHandler, maxRun?: number) {
  const topic = uniqueName(TOPICS.organisation);
  const groupId = uniqueName('projection');
  await ensureTopics(kafka, [{ topic, numPartitions: 1 }]);
  const consumer = new ProjectionConsumer(kafka, {
    groupId,
    topics: [topic],
    handler,
    logger: silentLogger,
    retryDelayMs: 10,
    ...(maxRun ? { maxRun } : {}),
  });
  return { topic, groupId, consumer };
}

async function committed(groupId: string, topic: string): Promise<string | undefined> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offsets?.partitions[0]?.offset;
  } finally {
    await admin.disconnect();
  }
}

async function readAll(topic: string, count: number): Promise<KafkaMessage[]> {
  const messages: KafkaMessage[] = [];
  const reader = kafka.consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 250 });
  await reader.connect();
  await reader.subscribe({ topic, fromBeginning: true });
  await reader.run({ eachMessage: ({ message }) => Promise.resolve(void messages.push(message)) });
  await waitFor(() => messages.length >= count, `${count} messages on ${topic}`);
  await reader.disconnect();
  return messages;
}

describe('ProjectionConsumer', () => {
  it('applies events in bulk and commits the offset after the write; a redelivery changes nothing', async () => {
    const handler = new NameCounter(uniqueName('names'));
    const { topic, groupId, consumer } = await setup(handler);
    const [a, b] = [randomUUID(), randomUUID()];
    const messages = [1, 2, 3, 4].flatMap((n) => [renamed(a, n, `A${n}`), renamed(b, n, `B${n}`)]);
    await producer.send({ topic, messages });
    await consumer.start();
    try {
      await waitFor(() => handler.batches.reduce((x, y) => x + y, 0) >= 8, 'eight events applied');
      // The same events again, as a relay that crashed before marking them would send them.
      await producer.send({ topic, messages });
      await waitFor(async () => (await committed(groupId, topic)) === '16', 'offset 16 committed');
    } finally {
      await consumer.stop();
    }
    expect(await handler.docs.find().sort({ _id: 1 }).toArray()).toEqual(
      [a, b].sort().map((id) => ({ _id: id, version: 4, names: 4 })),
    );
    expect(Math.max(...handler.batches)).toBeGreaterThan(1);
    expect(await committed(groupId, topic)).toBe('16');
  });

  it('writes a long batch in runs of at most maxRun events, committing after each', async () => {
    const handler = new NameCounter(uniqueName('names'));
    const { topic, groupId, consumer } = await setup(handler, 3);
    const unit = randomUUID();
    const messages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => renamed(unit, n, `A${n}`));
    await producer.send({ topic, messages });
    await consumer.start();
    try {
      await waitFor(async () => (await committed(groupId, topic)) === '10', 'offset 10 committed');
    } finally {
      await consumer.stop();
    }
    expect(handler.batches.reduce((x, y) => x + y, 0)).toBe(10);
    expect(Math.max(...handler.batches)).toBeLessThanOrEqual(3);
    expect(await handler.docs.findOne({ _id: unit })).toEqual({
      _id: unit,
      version: 10,
      names: 10,
    });
  });

  it('dead-letters a malformed message and a poison event, and moves on', async () => {
    const handler = new NameCounter(uniqueName('names'), 'POISON');
    const { topic, groupId, consumer } = await setup(handler);
    const unit = randomUUID();
    await producer.send({
      topic,
      messages: [
        renamed(unit, 1, 'one'),
        { key: unit, value: '{not json', headers: renamed(unit, 2, 'x').headers },
        renamed(unit, 3, 'POISON'),
        renamed(unit, 4, 'four'),
      ],
    });
    await consumer.start();
    try {
      await waitFor(async () => (await committed(groupId, topic)) === '4', 'offset 4 committed');
      const dead = await readAll(dlqTopic(topic, groupId), 2);
      expect(
        dead.map((m) => [
          m.headers?.['dlq-error-code']?.toString(),
          m.headers?.['dlq-original-offset']?.toString(),
        ]),
      ).toEqual([
        ['invalid-json', '1'],
        ['projection-failed', '2'],
      ]);
      expect(dead[0]?.value?.toString()).toBe('{not json');
      expect(dead[1]?.headers?.['dlq-error']?.toString()).not.toContain('POISON');
    } finally {
      await consumer.stop();
    }
    expect(await handler.docs.findOne({ _id: unit })).toEqual({ _id: unit, version: 4, names: 2 });
    expect(await committed(groupId, topic)).toBe('4');
  });

  it('retries a store that is away instead of dead-lettering, and loses nothing', async () => {
    const handler = new NameCounter(uniqueName('names'));
    let outages = 2;
    const flaky: ProjectionHandler = {
      apply: (events) => {
        if (outages-- > 0) {
          const error = new Error('connection refused');
          error.name = 'MongoNetworkError';
          return Promise.reject(error);
        }
        return handler.apply(events);
      },
    };
    const { topic, groupId, consumer } = await setup(flaky);
    const unit = randomUUID();
    await producer.send({ topic, messages: [renamed(unit, 1, 'one'), renamed(unit, 2, 'two')] });
    await consumer.start();
    try {
      await waitFor(async () => (await committed(groupId, topic)) === '2', 'offset 2 committed');
    } finally {
      await consumer.stop();
    }
    expect(outages).toBeLessThan(0);
    expect(await handler.docs.findOne({ _id: unit })).toEqual({ _id: unit, version: 2, names: 2 });
    expect(await committed(groupId, topic)).toBe('2');
    const admin = kafka.admin();
    await admin.connect();
    const dlqOffsets = await admin.fetchTopicOffsets(dlqTopic(topic, groupId));
    await admin.disconnect();
    expect(dlqOffsets.map((p) => p.high)).toEqual(['0', '0', '0']);
  });
});
