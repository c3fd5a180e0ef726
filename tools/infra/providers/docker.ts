// Provider 2: a Docker engine answers → testcontainers with the real images. Containers outlive
// `infra:up` (Ryuk is off) and are stopped by id from the state file by `infra:down`.
import { existsSync } from 'node:fs';
import type * as TestcontainersModule from 'testcontainers';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { kafkaAnswers, mongoAnswers, waitUntil } from '../probes.ts';
import { portInUse } from '../processes.ts';
import { timed } from '../log.ts';
import type { ComponentName, ComponentRecord } from '../state.ts';
import { ports, type Provider, type StartRequest } from './provider.ts';

export const KAFKA_IMAGE = 'apache/kafka:4.1.0';
export const MONGO_IMAGE = 'mongo:8';

type Testcontainers = typeof TestcontainersModule;

function dockerHint(): string | undefined {
  const sockets = [
    '/var/run/docker.sock',
    join(homedir(), '.docker/run/docker.sock'),
    join(homedir(), '.testcontainers.properties'),
    process.env['XDG_RUNTIME_DIR'] ? join(process.env['XDG_RUNTIME_DIR'], 'docker.sock') : '',
  ];
  if (process.env['DOCKER_HOST']) return `DOCKER_HOST=${process.env['DOCKER_HOST']}`;
  return sockets.find((path) => path !== '' && existsSync(path));
}

async function loadTestcontainers(): Promise<Testcontainers> {
  process.env['TESTCONTAINERS_RYUK_DISABLED'] ??= 'true';
  return import('testcontainers');
}

async function startKafka(tc: Testcontainers, hostPort: number): Promise<string> {
  const container = await new tc.GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: 9092, host: hostPort })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${hostPort}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withLabels({ 'vn.vwu.infra': 'kafka' })
    .withWaitStrategy(tc.Wait.forListeningPorts())
    .withStartupTimeout(180_000)
    .start();
  return container.getId();
}

async function startMongo(tc: Testcontainers, hostPort: number): Promise<string> {
  const container = await new tc.GenericContainer(MONGO_IMAGE)
    .withExposedPorts({ container: 27017, host: hostPort })
    .withCommand(['--replSet', 'rs0', '--bind_ip_all'])
    .withLabels({ 'vn.vwu.infra': 'mongo' })
    .withWaitStrategy(tc.Wait.forLogMessage(/Waiting for connections/))
    .withStartupTimeout(180_000)
    .start();
  // A one-node replica set, as in production (change streams and transactions need one).
  const initiate = await container.exec([
    'mongosh',
    '--quiet',
    '--eval',
    'rs.initiate({_id: "rs0", members: [{_id: 0, host: "localhost:27017"}]})',
  ]);
  if (initiate.exitCode !== 0) throw new Error(`rs.initiate failed: ${initiate.output}`);
  return container.getId();
}

export const dockerProvider: Provider = {
  name: 'docker',

  async unavailable(): Promise<string | undefined> {
    if (process.env['VWU_INFRA_PROVIDER'] === 'local') return 'VWU_INFRA_PROVIDER=local';
    const hint = dockerHint();
    if (!hint) return 'no Docker engine (no DOCKER_HOST, no docker.sock)';
    try {
      const tc = await loadTestcontainers();
      await tc.getContainerRuntimeClient();
      return undefined;
    } catch (error) {
      return `Docker engine at ${hint} does not answer: ${(error as Error).message}`;
    }
  },

  async start({ component, owner }: StartRequest): Promise<ComponentRecord> {
    const tc = await loadTestcontainers();
    const hostPort = component === 'kafka' ? ports.kafka() : ports.mongo();
    if (await portInUse(hostPort)) throw new Error(`port ${hostPort} is taken by another process`);
    const image = component === 'kafka' ? KAFKA_IMAGE : MONGO_IMAGE;
    const containerId = await timed(component, `starting ${image} with testcontainers`, () =>
      component === 'kafka' ? startKafka(tc, hostPort) : startMongo(tc, hostPort),
    );
    const url =
      component === 'kafka'
        ? `127.0.0.1:${hostPort}`
        : `mongodb://127.0.0.1:${hostPort}/?directConnection=true`;
    const probe = component === 'kafka' ? () => kafkaAnswers(url) : () => mongoAnswers(url);
    await waitUntil(probe, { timeoutMs: 120_000 });
    const startedAt = new Date().toISOString();
    return { provider: 'docker', engine: image, url, owner, containerId, startedAt };
  },

  async isRunning(record: ComponentRecord): Promise<boolean> {
    return componentAnswers(record.url, record.url.startsWith('mongodb') ? 'mongo' : 'kafka');
  },

  async stop(record: ComponentRecord): Promise<void> {
    if (!record.containerId) return;
    const tc = await loadTestcontainers();
    const client = await tc.getContainerRuntimeClient();
    const container = client.container.getById(record.containerId);
    await client.container.stop(container, { timeout: 30_000 });
    await client.container.remove(container, { removeVolumes: true });
  },
};

export async function componentAnswers(url: string, component: ComponentName): Promise<boolean> {
  return component === 'kafka' ? kafkaAnswers(url) : mongoAnswers(url);
}
