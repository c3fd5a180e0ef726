import type { Kafka } from 'kafkajs';
import { ensureTopics } from './kafka';

/** An admin client that fails its first `failures` createTopics calls with `error`. */
function brokerFailing(failures: number, error: Error) {
  const calls = { create: 0, disconnect: 0 };
  const admin = {
    connect: () => Promise.resolve(),
    disconnect: () => Promise.resolve(void (calls.disconnect += 1)),
    listTopics: () => Promise.resolve([] as string[]),
    createTopics: () => {
      calls.create += 1;
      return calls.create <= failures ? Promise.reject(error) : Promise.resolve(true);
    },
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, calls };
}

describe('ensureTopics', () => {
  // Consumers of one service declaring the same new topic at once: the loser's wait for
  // leaders can meet the topic before its metadata.
  it('tries again after a retriable error such as UNKNOWN_TOPIC_OR_PARTITION', async () => {
    const raced = Object.assign(new Error('This server does not host this topic-partition'), {
      retriable: true,
    });
    const { kafka, calls } = brokerFailing(2, raced);
    await ensureTopics(kafka, [{ topic: 't' }]);
    expect(calls).toEqual({ create: 3, disconnect: 3 });
  });

  it('gives up at once on an error that is not retriable', async () => {
    const denied = Object.assign(new Error('Not authorized to access topics'), {
      retriable: false,
    });
    const { kafka, calls } = brokerFailing(1, denied);
    await expect(ensureTopics(kafka, [{ topic: 't' }])).rejects.toBe(denied);
    expect(calls.create).toBe(1);
  });
});
