// The platform one membership e2e spec runs against: started once for the file under a root unit
// of its own, with the calls every such spec makes (units, admissions, the membership topic).
import { TOPICS } from '@vwu/contracts';
import {
  startPlatformUnderTest,
  testInfra,
  waitFor,
  type PlatformUnderTest,
} from '@vwu/platform-testing';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { callApi, type CallOptions, type Reply } from './http';

export interface MembershipPlatform {
  /** The running platform (after beforeAll). */
  readonly platform: PlatformUnderTest;
  /** Its root unit, new for the spec file. */
  readonly root: string;
  /** A call as the administrator unless `options.token` says otherwise. */
  readonly api: (method: string, path: string, options?: CallOptions) => Promise<Reply>;
  /** A unit established on 1 January 2019: its id. */
  readonly establish: (name: string, kind: string, parentId: string) => Promise<string>;
  /**
   * A call repeated while it answers `code` (a service that has not yet learnt of a unit from
   * the organisation topic: `membership.not-a-branch`, `training.unit-not-active`).
   */
  readonly whenKnown: (call: () => Promise<Reply>, code?: string) => Promise<Reply>;
  /** POST /api/v1/members once membership-service knows the branch (from the topic). */
  readonly admitWhenKnown: (body: Record<string, unknown>, token: string) => Promise<Reply>;
  /** Every value published on the run's membership topic, once there are `expected`. */
  readonly membershipTopic: (expected: number) => Promise<string>;
  /** Every value published on the run's training topic, once there are `expected`. */
  readonly trainingTopic: (expected: number) => Promise<string>;
  /** Every document of one of the run's databases (vwu_membership, vwu_projections), as text. */
  readonly database: (name: string) => Promise<string>;
}

/** Registers beforeAll/afterAll for the spec file; the members are usable inside its tests. */
export function membershipPlatform(port: number): MembershipPlatform {
  let platform: PlatformUnderTest | undefined;
  const root = randomUUID();
  beforeAll(async () => {
    process.env['ROOT_UNIT_ID'] = root;
    platform = await startPlatformUnderTest(port);
    delete process.env['ROOT_UNIT_ID'];
  }, 300_000);
  afterAll(() => platform?.stop(), 60_000);
  const running = (): PlatformUnderTest => {
    if (!platform) throw new Error('the platform has not started');
    return platform;
  };
  const api = (method: string, path: string, options: CallOptions = {}) =>
    callApi(running().url, method, path, { token: running().adminToken, ...options });
  return {
    get platform() {
      return running();
    },
    root,
    api,
    establish: async (name, kind, parentId) => {
      const body = { name, kind, parentId, establishedOn: '2019-01-01' };
      const reply = await api('POST', '/api/v1/units', { body });
      expect(reply.status).toBe(201);
      return String(reply.body['id']);
    },
    whenKnown,
    admitWhenKnown: (body, token) =>
      whenKnown(() => api('POST', '/api/v1/members', { body, token }), 'membership.not-a-branch'),
    membershipTopic: (expected) =>
      topicValues(`${running().namespace}${TOPICS.membership}`, expected),
    trainingTopic: (expected) => topicValues(`${running().namespace}${TOPICS.training}`, expected),
    database: (name) => databaseText(`${running().namespace}${name}`),
  };
}

async function whenKnown(
  call: () => Promise<Reply>,
  code = 'training.unit-not-active',
): Promise<Reply> {
  let reply = await call();
  await waitFor(
    async () => {
      if (reply.body['code'] !== code) return true;
      reply = await call();
      return false;
    },
    `the unit known to the service (no more ${code})`,
    60_000,
  );
  return reply;
}

async function databaseText(dbName: string): Promise<string> {
  const connection = await mongoose.createConnection(testInfra().MONGO_URL, { dbName }).asPromise();
  try {
    const collections = await connection.db!.listCollections().toArray();
    const dumps = await Promise.all(
      collections.map(async ({ name }) =>
        JSON.stringify(await connection.collection(name).find().toArray()),
      ),
    );
    return dumps.join('\n');
  } finally {
    await connection.close();
  }
}

async function topicValues(topic: string, expected: number): Promise<string> {
  const kafka = new Kafka({
    clientId: 'membership-e2e',
    brokers: [...testInfra().KAFKA_BROKERS],
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `membership-e2e-${randomUUID()}` });
  const values: string[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      values.push(`${message.value?.toString() ?? ''} ${JSON.stringify(message.headers)}`);
      await Promise.resolve();
    },
  });
  await waitFor(() => values.length >= expected, `${expected} events on ${topic}`, 60_000);
  await consumer.disconnect();
  return values.join('\n');
}
