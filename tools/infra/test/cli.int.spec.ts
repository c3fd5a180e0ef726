import { portOpen, testInfra } from '@vwu/platform-testing';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { infra } from './infra-cli.ts';

// The provider chain as a newcomer meets it: `infra:up`, `infra:status`, `infra:down`, through
// the CLI itself. Each case gets its own .infra folder (VWU_INFRA_DIR); downloads and builds
// stay shared, so a second instance starts in seconds.
describe('infra CLI', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vwu-infra-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a second, separate instance, reports it, and stops exactly what it started', async () => {
    const env = {
      VWU_INFRA_DIR: dir,
      KAFKA_PORT: '29092',
      KAFKA_CONTROLLER_PORT: '29093',
      MONGO_PORT: '29017',
    };
    const up = await infra(['up'], env);
    try {
      expect(up.code).toBe(0);
      expect(up.stdout).toContain(
        'KAFKA_BROKERS=127.0.0.1:29092\nMONGO_URL=mongodb://127.0.0.1:29017/',
      );
      // The local store serves exact index lookups only: services read streams accordingly.
      expect(readFileSync(join(dir, 'env'), 'utf8')).toBe(
        'KAFKA_BROKERS=127.0.0.1:29092\nMONGO_URL=mongodb://127.0.0.1:29017/\nMONGO_EXACT_INDEX_ONLY=true\n',
      );

      const again = await infra(['up', '--owner', 'someone-else', '--json'], env);
      const reused = JSON.parse(again.stdout) as {
        components: { component: string; how: string }[];
      };
      expect(reused.components.map((c) => c.how)).toEqual(['reused', 'reused']);
      const notMine = await infra(['down', '--owner', 'someone-else'], env);
      expect(notMine.stdout).toContain('nothing to stop');
      expect(await portOpen(29092)).toBe(true);

      // Naming the same servers in the environment must not make the tooling forget them.
      const named = {
        ...env,
        KAFKA_BROKERS: '127.0.0.1:29092',
        MONGO_URL: 'mongodb://127.0.0.1:29017/',
      };
      expect((await infra(['up', '--quiet'], named)).code).toBe(0);

      const status = await infra(['status'], env);
      expect(status.stdout).toMatch(
        /mongo +(local|docker) +mongodb:\/\/127\.0\.0\.1:29017\/ +answers/,
      );
      expect(status.stdout).toMatch(/kafka +(local|docker) +127\.0\.0\.1:29092 +answers/);
    } finally {
      const down = await infra(['down'], env);
      expect(down.code).toBe(0);
    }
    expect(await portOpen(29092)).toBe(false);
    expect(await portOpen(29017)).toBe(false);
    expect(existsSync(join(dir, 'env'))).toBe(false);
    const after = await infra(['status'], env);
    expect(after.stdout).toContain('not running');
  }, 240_000);

  it('uses KAFKA_BROKERS and MONGO_URL when set, starts nothing and stops nothing', async () => {
    const { KAFKA_BROKERS, MONGO_URL } = testInfra();
    const env = { VWU_INFRA_DIR: dir, KAFKA_BROKERS: KAFKA_BROKERS.join(','), MONGO_URL };
    const up = await infra(['up', '--json'], { ...env, MONGO_EXACT_INDEX_ONLY: undefined });
    expect(up.code).toBe(0);
    const result = JSON.parse(up.stdout) as {
      env: Record<string, string>;
      components: { provider: string; how: string }[];
    };
    expect(result.components).toEqual([
      expect.objectContaining({ provider: 'external', how: 'external' }),
      expect.objectContaining({ provider: 'external', how: 'external' }),
    ]);
    expect(result.env['MONGO_EXACT_INDEX_ONLY']).toBe('false');
    // The environment says what its store is: a platform started on the local store by MONGO_URL.
    const stated = await infra(['up', '--json'], { ...env, MONGO_EXACT_INDEX_ONLY: 'true' });
    const statedEnv = (JSON.parse(stated.stdout) as { env: Record<string, string> }).env;
    expect(statedEnv['MONGO_EXACT_INDEX_ONLY']).toBe('true');
    expect((await infra(['down'], env)).stdout).toContain('nothing to stop');
    expect(await portOpen(Number(KAFKA_BROKERS[0]?.split(':')[1]))).toBe(true);
  }, 60_000);

  it('refuses a KAFKA_BROKERS that does not answer, naming the variable', async () => {
    const up = await infra(['up'], {
      VWU_INFRA_DIR: dir,
      KAFKA_BROKERS: '127.0.0.1:1',
      MONGO_URL: testInfra().MONGO_URL,
      VWU_INFRA_EXTERNAL_WAIT_MS: '1000',
    });
    expect(up.code).toBe(1);
    expect(up.stderr).toContain(
      'KAFKA_BROKERS=127.0.0.1:1 is set but does not answer a Kafka metadata request',
    );
  }, 60_000);

  it('refuses to start on a port that a foreign process holds, naming the setting', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(29117, '127.0.0.1', resolve));
    try {
      const up = await infra(['up'], {
        VWU_INFRA_DIR: dir,
        VWU_INFRA_PROVIDER: 'local',
        KAFKA_BROKERS: testInfra().KAFKA_BROKERS.join(','),
        MONGO_PORT: '29117',
      });
      expect(up.code).toBe(1);
      expect(up.stderr).toContain('port 29117 is in use by a process that infra:up did not start');
      expect(up.stderr).toContain('MONGO_PORT=');
    } finally {
      squatter.close();
    }
  }, 60_000);

  it('says what is missing when neither Docker nor Java and Maven are there', async () => {
    const env = {
      VWU_INFRA_DIR: dir,
      VWU_INFRA_CACHE_DIR: join(dir, 'cache'),
      VWU_INFRA_PROVIDER: 'local',
      PATH: join(dir, 'empty-bin'),
    };
    const up = await infra(['up'], env);
    expect(up.code).toBe(1);
    expect(up.stderr).toContain('no way to provide kafka on this machine');
    expect(up.stderr).toContain('java not found on the PATH (Java 17+ runs Apache Kafka 4.1.0)');
    expect(up.stderr).toContain(
      'Provide one of: KAFKA_BROKERS pointing at a running server; a Docker engine; or Java 17+ and Maven',
    );
    expect(up.stderr).toContain('no way to provide mongo on this machine');
    expect(up.stderr).toContain('java not found on the PATH (Java 17+ runs mongo-java-server');

    // FerretDB, when chosen instead, is built with Go.
    const ferret = await infra(['up'], { ...env, VWU_LOCAL_MONGO: 'ferretdb' });
    expect(ferret.code).toBe(1);
    expect(ferret.stderr).toContain('go not found on the PATH');
    expect(ferret.stderr).toContain('or Go 1.24+ on the PATH (VWU_LOCAL_MONGO=ferretdb)');
  }, 60_000);
});
