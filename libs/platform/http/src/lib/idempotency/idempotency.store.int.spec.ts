import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { fingerprintOf } from './idempotency-key';
import { IdempotencyStore, type BeginOutcome, type IdempotencyLease } from './idempotency.store';

const HOUR = 3_600_000;
const body = { name: 'Chi hội 5', parentId: 'unit-ward-3' };
const fingerprint = fingerprintOf('POST', '/api/v1/units', body);
const scope = { userId: 'user-1', key: 'key-1' };

let connection: Connection;
let clock: Date;
let store: IdempotencyStore;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('idempotency') })
    .asPromise();
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});
beforeEach(async () => {
  clock = new Date('2026-03-08T08:00:00.000Z');
  store = new IdempotencyStore(connection, {
    collection: uniqueName('idempotency_keys'),
    lockMs: 60_000,
    now: () => clock,
  });
  await store.init();
});

function leaseOf(outcome: BeginOutcome): IdempotencyLease {
  if (outcome.kind !== 'started') throw new Error(`expected started, got ${outcome.kind}`);
  return outcome.lease;
}

describe('IdempotencyStore', () => {
  it('starts the first request, then replays its response', async () => {
    const lease = leaseOf(await store.begin(scope, fingerprint));
    expect(await store.begin(scope, fingerprint)).toEqual({ kind: 'in-progress' });
    await store.complete(lease, { status: 201, body: { unitId: 'unit-9', version: 1 } });
    expect(await store.begin(scope, fingerprint)).toEqual({
      kind: 'replay',
      status: 201,
      body: { unitId: 'unit-9', version: 1 },
    });
  });

  it('replays a response without a body as one', async () => {
    await store.complete(leaseOf(await store.begin(scope, fingerprint)), {
      status: 204,
      body: undefined,
    });
    expect(await store.begin(scope, fingerprint)).toEqual({
      kind: 'replay',
      status: 204,
      body: undefined,
    });
  });

  it('refuses the key with another request, whatever became of the first', async () => {
    const other = fingerprintOf('POST', '/api/v1/units', { ...body, name: 'Chi hội 6' });
    const lease = leaseOf(await store.begin(scope, fingerprint));
    expect(await store.begin(scope, other)).toEqual({ kind: 'key-reused' });
    await store.complete(lease, { status: 201, body: {} });
    expect(await store.begin(scope, other)).toEqual({ kind: 'key-reused' });
  });

  it('keeps the keys of each user apart', async () => {
    leaseOf(await store.begin(scope, fingerprint));
    leaseOf(await store.begin({ ...scope, userId: 'user-2' }, fingerprint));
  });

  it('forgets an abandoned request, so that a retry runs', async () => {
    const lease = leaseOf(await store.begin(scope, fingerprint));
    await store.abandon(lease);
    leaseOf(await store.begin(scope, fingerprint));
  });

  it('lets a retry take over a request left in progress past its lock', async () => {
    const crashed = leaseOf(await store.begin(scope, fingerprint));
    clock = new Date(clock.getTime() + 59_000);
    expect((await store.begin(scope, fingerprint)).kind).toBe('in-progress');
    clock = new Date(clock.getTime() + 2_000);
    const retry = leaseOf(await store.begin(scope, fingerprint));
    // The first attempt, should it come back, no longer owns the key.
    await store.complete(crashed, { status: 201, body: { from: 'crashed' } });
    await store.abandon(crashed);
    await store.complete(retry, { status: 201, body: { from: 'retry' } });
    expect(await store.begin(scope, fingerprint)).toMatchObject({ body: { from: 'retry' } });
  });

  it('remembers a response for 24 hours, then starts afresh', async () => {
    await store.complete(leaseOf(await store.begin(scope, fingerprint)), { status: 201, body: 1 });
    clock = new Date(clock.getTime() + 24 * HOUR - 1);
    expect((await store.begin(scope, fingerprint)).kind).toBe('replay');
    clock = new Date(clock.getTime() + 1);
    leaseOf(await store.begin(scope, fingerprint));
  });

  it('purges the expired records only', async () => {
    await store.complete(leaseOf(await store.begin(scope, fingerprint)), { status: 201, body: 1 });
    clock = new Date(clock.getTime() + 12 * HOUR);
    leaseOf(await store.begin({ ...scope, key: 'key-2' }, fingerprint));
    clock = new Date(clock.getTime() + 12 * HOUR);
    expect(await store.purgeExpired()).toBe(1);
    expect(await store.records.find({}, { key: 1, _id: 0 }).lean()).toEqual([{ key: 'key-2' }]);
  });

  it('starts exactly one of many concurrent first requests', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => store.begin(scope, fingerprint)),
    );
    expect(outcomes.filter((outcome) => outcome.kind === 'started')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'in-progress')).toHaveLength(7);
  });

  it('stores responses as JSON text, whatever their field names', async () => {
    const awkward = { 'a.b': 1, $set: { x: [null, 'ổ'] } };
    await store.complete(leaseOf(await store.begin(scope, fingerprint)), {
      status: 200,
      body: awkward,
    });
    expect(await store.begin(scope, fingerprint)).toMatchObject({ body: awkward });
  });
});
