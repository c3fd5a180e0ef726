import { testInfra, uniqueName, waitFor } from '@vwu/platform-testing';
import { Kafka, logLevel, Partitioners, type Consumer, type KafkaMessage } from 'kafkajs';

// The broker that `npm test` provisioned is real and usable from kafkajs: topics, producing with
// headers, consumer groups with manual commits, and resuming exactly after the committed offset.
describe('Kafka from kafkajs', () => {
  const kafka = new Kafka({
    clientId: 'vwu-infra-test',
    brokers: testInfra().KAFKA_BROKERS,
    logLevel: logLevel.WARN,
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const topic = uniqueName('infra-test');
  const groupId = uniqueName('infra-test-group');

  beforeAll(async () => {
    await Promise.all([admin.connect(), producer.connect()]);
    const created = await admin.createTopics({
      topics: [{ topic, numPartitions: 1, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    expect(created).toBe(true);
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  });

  async function produce(values: readonly string[]): Promise<void> {
    await producer.send({
      topic,
      messages: values.map((value) => ({
        key: 'stream-1',
        value,
        headers: { ce_type: 'test.v1' },
      })),
    });
  }

  async function consume(received: KafkaMessage[]): Promise<Consumer> {
    const consumer = kafka.consumer({ groupId, retry: { retries: 2 } });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: ({ message }) => {
        received.push(message);
        return Promise.resolve();
      },
    });
    return consumer;
  }

  it('lists the created topic in the cluster metadata', async () => {
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics).toEqual([
      expect.objectContaining({
        name: topic,
        partitions: [expect.objectContaining({ partitionId: 0 })],
      }),
    ]);
  });

  it('resumes a consumer group exactly after its last committed offset', async () => {
    await produce(['m0', 'm1', 'm2', 'm3', 'm4']);

    const first: KafkaMessage[] = [];
    const consumer1 = await consume(first);
    await waitFor(() => first.length === 5, 'the first consumer to see m0..m4');
    expect(first.map((m) => m.value?.toString())).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(first[0]?.headers?.['ce_type']?.toString()).toBe('test.v1');
    // Only m0..m2 count as processed: commit the offset of the next one to read (3).
    await consumer1.commitOffsets([{ topic, partition: 0, offset: '3' }]);
    await consumer1.disconnect();

    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(committed[0]?.partitions).toEqual([
      expect.objectContaining({ partition: 0, offset: '3' }),
    ]);

    await produce(['m5', 'm6']);
    const second: KafkaMessage[] = [];
    const consumer2 = await consume(second);
    await waitFor(() => second.length === 4, 'the second consumer to see m3..m6');
    await consumer2.disconnect();

    expect(second.map((m) => m.value?.toString())).toEqual(['m3', 'm4', 'm5', 'm6']);
    expect(second.map((m) => m.offset)).toEqual(['3', '4', '5', '6']);
  });
});
