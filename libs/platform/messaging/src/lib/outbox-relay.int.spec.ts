import { fromKafkaMessage, TOPICS, type CloudEvent } from '@vwu/contracts';
import { MongoEventStore, type StoredEvent } from '@vwu/platform-event-sourcing';
import { KafkaInstance, testInfra, uniqueName, waitFor } from '@vwu/platform-testing';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { createKafka, ensureTopics } from './kafka';
import { Lease } from './lease';
import { silentLogger } from './logger';
import { OutboxRelay, type PublicEventMapper } from './outbox-relay';

// The relay against the real broker and store: order per stream, at-least-once across a crash
// between publishing and marking, a broker that goes away mid-stream, one publisher at a time.
const mapper: PublicEventMapper = (event: StoredEvent) =>
  event.type === 'UnitNoted'
    ? undefined
    : { type: `vn.vwu.organisation.${event.type}.v1`, data: event.data };

let connection: Connection;
let store: MongoEventStore;
const sharedKafka = createKafka(testInfra().KAFKA_BROKERS, 'relay-test', silentLogger);

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('relay') })
    .asPromise();
  store = new MongoEventStore(connection);
  await store.init();
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});
beforeEach(() => store.commits.deleteMany({}));

function established(
  unitId: string,
  name: string,
): { type: string; data: Record<string, unknown> } {
  return {
    type: 'UnitEstablished',
    data: {
      unitId,
      name,
      kind: 'branch',
      parentId: randomUUID(),
      ancestorIds: [],
      establishedOn: '2025-07-01',
    },
  };
}

async function append(
  streamId: string,
  expectedVersion: number,
  events: { type: string; data: Record<string, unknown> }[],
) {
  return store.append({
    streamId,
    expectedVersion,
    events: events.map((e) => ({ ...e, eventId: randomUUID() })),
    metadata: { correlationId: 'corr-1', causationId: 'cmd-1', actor: 'user-1' },
    committedAt: new Date('2025-07-01T08:00:00.000Z'),
  });
}

async function relayFor(
  kafka: Kafka,
  topic: string,
  owner = 'relay-1',
): Promise<{ relay: OutboxRelay; producer: Producer }> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const lease = new Lease(connection, `relay:${topic}`, owner);
  const relay = new OutboxRelay(store.commits, producer, lease, {
    source: '/vwu/organisation-service',
    topic,
    mapper,
    pollIntervalMs: 50,
    maxBackoffMs: 1_000,
    logger: silentLogger,
  });
  return { relay, producer };
}

async function collect(
  kafka: Kafka,
  topic: string,
  until: (events: CloudEvent<unknown>[]) => boolean,
): Promise<CloudEvent<unknown>[]> {
  const events: CloudEvent<unknown>[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: ({ message }) => Promise.resolve(void events.push(fromKafkaMessage(message))),
  });
  try {
    await waitFor(() => until(events), 'the events on the topic', 60_000);
  } finally {
    await consumer.disconnect();
  }
  return events;
}

describe('OutboxRelay', () => {
  it('publishes every commit as CloudEvents, in stream order, and marks them published', async () => {
    const topic = uniqueName(TOPICS.organisation);
    await ensureTopics(sharedKafka, [{ topic }]);
    const [a, b] = [randomUUID(), randomUUID()];
    await append(a, 0, [established(a, 'Chi hội 1')]);
    await append(b, 0, [established(b, 'Chi hội 2')]);
    await append(a, 1, [
      {
        type: 'UnitRenamed',
        data: {
          unitId: a,
          name: 'Chi hội Một',
          previousName: 'Chi hội 1',
          renamedOn: '2025-08-01',
        },
      },
    ]);
    await append(a, 2, [{ type: 'UnitNoted', data: { internal: true } }]);
    const { relay, producer } = await relayFor(sharedKafka, topic);

    expect(await relay.backlog()).toBe(4);
    expect(await relay.publishOnce()).toBe(4);
    expect(await relay.backlog()).toBe(0);
    expect(await relay.publishOnce()).toBe(0);
    await producer.disconnect();

    const events = await collect(sharedKafka, topic, (e) => e.length >= 3);
    expect(events).toHaveLength(3);
    const ofA = events.filter((e) => e.subject === a);
    expect(ofA.map((e) => [e.sequence, e.type])).toEqual([
      ['1', 'vn.vwu.organisation.UnitEstablished.v1'],
      ['2', 'vn.vwu.organisation.UnitRenamed.v1'],
    ]);
    expect(ofA[0]).toMatchObject({
      specversion: '1.0',
      source: '/vwu/organisation-service',
      correlationid: 'corr-1',
      causationid: 'cmd-1',
      time: '2025-07-01T08:00:00.000Z',
      data: expect.objectContaining({ unitId: a, name: 'Chi hội 1' }) as unknown,
    });
  });

  it('publishes again, with the same event ids, after a crash between publishing and marking', async () => {
    const topic = uniqueName(TOPICS.organisation);
    await ensureTopics(sharedKafka, [{ topic }]);
    const unit = randomUUID();
    await append(unit, 0, [established(unit, 'Chi hội 3')]);
    const { relay, producer } = await relayFor(sharedKafka, topic);
    jest.spyOn(store.commits, 'bulkWrite').mockRejectedValueOnce(new Error('process died here'));

    await expect(relay.publishOnce()).rejects.toThrow('process died here');
    expect(await relay.backlog()).toBe(1);
    expect(await relay.publishOnce()).toBe(1);
    expect(await relay.backlog()).toBe(0);
    await producer.disconnect();

    const events = await collect(sharedKafka, topic, (e) => e.length >= 2);
    expect(events.map((e) => e.id)).toEqual([events[0]?.id, events[0]?.id]);
  });

  it('lets one relay publish at a time, and another take over when it stops', async () => {
    const topic = uniqueName(TOPICS.organisation);
    await ensureTopics(sharedKafka, [{ topic }]);
    const [first, second] = [
      await relayFor(sharedKafka, topic, 'pod-1'),
      await relayFor(sharedKafka, topic, 'pod-2'),
    ];
    const unit = randomUUID();
    await append(unit, 0, [established(unit, 'Chi hội 4')]);
    expect(await first.relay.publishOnce()).toBe(1);
    await append(unit, 1, [{ type: 'UnitNoted', data: {} }]);
    expect(await second.relay.publishOnce()).toBe(0);
    await first.relay.stop();
    expect(await second.relay.publishOnce()).toBe(1);
    await Promise.all([first.producer.disconnect(), second.producer.disconnect()]);
  });
});

describe('OutboxRelay with a broker that goes away and comes back', () => {
  const broker = new KafkaInstance(29192);
  afterAll(() => broker.destroy());

  it('delivers every event, each stream in order, once the broker is back', async () => {
    await broker.start();
    const kafka = createKafka(broker.brokers, 'relay-restart-test', silentLogger);
    const topic = uniqueName(TOPICS.organisation);
    await ensureTopics(kafka, [{ topic }]);
    const { relay, producer } = await relayFor(kafka, topic);
    relay.start();
    const streams = Array.from({ length: 5 }, () => randomUUID());
    const ids = new Set<string>();
    for (let round = 0; round < 20; round += 1) {
      if (round === 6) await broker.stop();
      if (round === 14) {
        // While the broker was away the commits waited in the store, unpublished, not lost.
        expect(await relay.backlog()).toBeGreaterThanOrEqual(40);
        await broker.start();
      }
      for (const unit of streams) {
        const { commit } = await append(unit, round, [roundEvent(unit, round)]);
        ids.add(commit.events[0]?.eventId ?? '');
      }
    }
    await waitForBacklog(relay);
    await relay.stop();
    await producer.disconnect();

    const events = await collect(kafka, topic, (e) => new Set(e.map((x) => x.id)).size >= ids.size);
    expect(new Set(events.map((e) => e.id))).toEqual(ids);
    for (const unit of streams) {
      const sequences = events.filter((e) => e.subject === unit).map((e) => Number(e.sequence));
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
    }
  }, 180_000);
});

function roundEvent(unit: string, round: number): { type: string; data: Record<string, unknown> } {
  if (round === 0) return established(unit, 'Chi hội 0');
  return {
    type: 'UnitRenamed',
    data: {
      unitId: unit,
      name: `Tên ${round}`,
      previousName: `Tên ${round - 1}`,
      renamedOn: '2025-08-01',
    },
  };
}

async function waitForBacklog(relay: OutboxRelay): Promise<void> {
  const deadline = Date.now() + 90_000;
  while ((await relay.backlog()) > 0) {
    if (Date.now() > deadline) throw new Error('the relay did not drain its backlog in 90 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
