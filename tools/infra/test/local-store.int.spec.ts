import { portOpen, testInfra } from '@vwu/platform-testing';
import { MongoClient, type Db } from 'mongodb';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { infra } from './infra-cli.ts';

// The default local store (ADR 0004): mongo-java-server as the chain starts it where there is no
// Docker engine, in memory, or in an H2 file that outlives a restart (VWU_LOCAL_MONGO_PERSIST=1).
// Kafka is this test run's (KAFKA_BROKERS), so only the store starts, in a folder of its own.
const PORT = 29217;

interface UpResult {
  components: { component: string; provider: string; how: string; record?: { engine?: string } }[];
}

describe('the local store: mongo-java-server', () => {
  let dir: string;
  const env = (extra: Record<string, string> = {}): Record<string, string | undefined> => ({
    VWU_INFRA_DIR: dir,
    VWU_INFRA_PROVIDER: 'local',
    KAFKA_BROKERS: testInfra().KAFKA_BROKERS.join(','),
    MONGO_PORT: String(PORT),
    VWU_LOCAL_MONGO: undefined,
    VWU_LOCAL_MONGO_PERSIST: undefined,
    ...extra,
  });

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vwu-store-'))));
  afterEach(async () => {
    await infra(['down', '--quiet'], env());
    rmSync(dir, { recursive: true, force: true });
  });

  async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const client = await new MongoClient(`mongodb://127.0.0.1:${PORT}/`).connect();
    try {
      return await work(client.db('store_test'));
    } finally {
      await client.close();
    }
  }

  it('starts in memory on MONGO_PORT, rejects duplicates with 11000, and stops', async () => {
    const up = await infra(['up', '--json'], env());
    expect(up.code).toBe(0);
    const { components } = JSON.parse(up.stdout) as UpResult;
    expect(components.find((c) => c.component === 'mongo')).toMatchObject({
      provider: 'local',
      how: 'started',
      record: { engine: 'mongo-java-server 1.47.0 (memory)' },
    });

    await withDb(async (db) => {
      // The driver talks to it as to MongoDB 5.0 (wire version 13; driver 7 needs 9 or later).
      expect(await db.admin().command({ isMaster: 1 })).toMatchObject({ maxWireVersion: 13 });
      const commits = db.collection('commits');
      await commits.createIndex({ streamId: 1, version: 1 }, { unique: true });
      await commits.insertOne({ streamId: 'unit-1', version: 1 });
      await expect(commits.insertOne({ streamId: 'unit-1', version: 1 })).rejects.toMatchObject({
        code: 11000,
      });
      await commits.insertOne({ streamId: 'unit-1', version: 2 });
      // As MongoDB does (FerretDB answered code 1 here): an update that creates a duplicate.
      await expect(
        commits.updateOne({ streamId: 'unit-1', version: 2 }, { $set: { version: 1 } }),
      ).rejects.toMatchObject({ code: 11000 });
      expect(await commits.countDocuments({ streamId: 'unit-1' })).toBe(2);
    });

    const status = await infra(['status'], env());
    expect(status.stdout).toMatch(
      /mongo +local +mongodb:\/\/127\.0\.0\.1:29217\/ +answers \(pid \d+, mongo-java-server 1\.47\.0 \(memory\)/,
    );
    expect((await infra(['down'], env())).stdout).toContain('stopped local at mongodb://');
    expect(await portOpen(PORT)).toBe(false);
  }, 120_000);

  it('keeps data and unique indexes across a restart with VWU_LOCAL_MONGO_PERSIST=1', async () => {
    const persistent = env({ VWU_LOCAL_MONGO_PERSIST: '1' });
    expect((await infra(['up', '--quiet'], persistent)).code).toBe(0);
    await withDb(async (db) => {
      await db.collection('commits').createIndex({ streamId: 1, version: 1 }, { unique: true });
      await db.collection('commits').insertOne({ streamId: 'unit-1', version: 1, name: 'Kim Mã' });
    });
    expect((await infra(['down', '--quiet'], persistent)).code).toBe(0);
    expect(existsSync(join(dir, 'data/mongo-java-server/vwu.mv'))).toBe(true);

    expect((await infra(['up', '--quiet'], persistent)).code).toBe(0);
    await withDb(async (db) => {
      const commits = db.collection('commits');
      expect(await commits.findOne({ streamId: 'unit-1' })).toMatchObject({ name: 'Kim Mã' });
      await expect(commits.insertOne({ streamId: 'unit-1', version: 1 })).rejects.toMatchObject({
        code: 11000,
      });
    });
  }, 120_000);

  it('names the choices when VWU_LOCAL_MONGO names none of them', async () => {
    const up = await infra(['up'], env({ VWU_LOCAL_MONGO: 'mongod' }));
    expect(up.code).toBe(1);
    expect(up.stderr).toContain('VWU_LOCAL_MONGO=mongod is not one of mongo-java-server, ferretdb');
  }, 60_000);
});
