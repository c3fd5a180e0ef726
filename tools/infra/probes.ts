// Readiness is "answers its own protocol": a Kafka metadata request (and a group coordinator),
// a MongoDB ping.
import kafkajs from 'kafkajs';
import mongodb from 'mongodb';
import { setTimeout as sleep } from 'node:timers/promises';

export async function kafkaAnswers(brokers: string, timeoutMs = 3_000): Promise<boolean> {
  const kafka = new kafkajs.Kafka({
    clientId: 'vwu-infra-probe',
    brokers: brokers.split(','),
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
    logLevel: kafkajs.logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (cluster.brokers.length === 0) return false;
    // Ready means consumer groups work too: asking for a group's coordinator makes a fresh
    // broker create __consumer_offsets now, not in the middle of the first consumer's join.
    await admin.describeGroups(['vwu-infra-probe']);
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export async function mongoAnswers(url: string, timeoutMs = 3_000): Promise<boolean> {
  const client = new mongodb.MongoClient(url, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  });
  try {
    await client.connect();
    const reply = await client.db('admin').command({ ping: 1 });
    return reply['ok'] === 1;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

export interface WaitOptions {
  readonly timeoutMs: number;
  /** Stop waiting early, e.g. when the process being waited for has exited. */
  readonly givenUp?: () => string | undefined;
}

export async function waitUntil(
  probe: () => Promise<boolean>,
  options: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await probe()) return;
    const reason = options.givenUp?.();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) throw new Error(`not ready after ${options.timeoutMs / 1000}s`);
    await sleep(500);
  }
}
