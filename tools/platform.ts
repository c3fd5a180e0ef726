// The platform's services as local processes: built once with SWC, started with the
// infrastructure's addresses and the development auth keys, logs prefixed, stopped together.
// Used by `npm start` and by the end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDevDataKeys } from './auth/dev-data-keys.ts';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys } from './auth/dev-keys.ts';
import { repoRoot } from './infra/paths.ts';

export interface PlatformOptions {
  /** KAFKA_BROKERS and MONGO_URL of the infrastructure. */
  readonly infra: Readonly<Record<string, string>>;
  readonly gatewayPort: number;
  /** Base of the services' own ports: HTTP base+101…103, RPC base+1101…1103 (3000 → 3101, 4101). */
  readonly portBase?: number;
  /** Prefix of the services' database names and consumer groups (tests keep apart from npm start). */
  readonly namespace?: string;
  readonly log: (line: string) => void;
}

export interface RunningPlatform {
  readonly gatewayUrl: string;
  /** Each process's Prometheus endpoint, by its name. */
  readonly metricsUrls: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

const COLOURS = {
  organisation: 35,
  projections: 36,
  membership: 32,
  training: 34,
  gateway: 33,
} as const;
type ServiceName = keyof typeof COLOURS;

function services(options: PlatformOptions): Record<ServiceName, Record<string, string>> {
  const base = options.portBase ?? options.gatewayPort;
  const ns = options.namespace ?? '';
  const rpc = {
    organisation: base + 1101,
    projections: base + 1102,
    membership: base + 1103,
    training: base + 1104,
  };
  return {
    organisation: {
      HTTP_PORT: `${base + 101}`,
      RPC_PORT: `${rpc.organisation}`,
      MONGO_DB: `${ns}vwu_organisation`,
      KAFKA_TOPIC_PREFIX: ns,
    },
    projections: {
      HTTP_PORT: `${base + 102}`,
      RPC_PORT: `${rpc.projections}`,
      MONGO_DB: `${ns}vwu_projections`,
      PROJECTIONS_GROUP_PREFIX: ns,
      KAFKA_TOPIC_PREFIX: ns,
    },
    membership: {
      HTTP_PORT: `${base + 103}`,
      RPC_PORT: `${rpc.membership}`,
      MONGO_DB: `${ns}vwu_membership`,
      MEMBERSHIP_GROUP_PREFIX: ns,
      KAFKA_TOPIC_PREFIX: ns,
    },
    training: {
      HTTP_PORT: `${base + 104}`,
      RPC_PORT: `${rpc.training}`,
      MONGO_DB: `${ns}vwu_training`,
      TRAINING_GROUP_PREFIX: ns,
      KAFKA_TOPIC_PREFIX: ns,
    },
    gateway: {
      PORT: `${options.gatewayPort}`,
      MONGO_DB: `${ns}vwu_gateway`,
      ORGANISATION_SERVICE_PORT: `${rpc.organisation}`,
      PROJECTIONS_SERVICE_PORT: `${rpc.projections}`,
      MEMBERSHIP_SERVICE_PORT: `${rpc.membership}`,
      TRAINING_SERVICE_PORT: `${rpc.training}`,
    },
  };
}

const MAIN: Record<ServiceName, string> = {
  organisation: 'dist/apps/organisation-service/src/main.js',
  projections: 'dist/apps/projections-service/src/main.js',
  membership: 'dist/apps/membership-service/src/main.js',
  training: 'dist/apps/training-service/src/main.js',
  gateway: 'dist/apps/api-gateway/src/main.js',
};

function pipeLines(
  child: ChildProcess,
  name: ServiceName,
  log: (line: string) => void,
  tail: string[],
): void {
  const prefix = `\u001b[${COLOURS[name]}m[${name}]\u001b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      log(prefix + line);
    });
  }
}

async function waitReady(
  url: string,
  child: ChildProcess,
  name: string,
  tail: string[],
): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited during start:\n${tail.join('\n')}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${name} was not ready at ${url} after 90 s:\n${tail.join('\n')}`);
}

async function build(): Promise<void> {
  const child = spawn(process.execPath, [join(repoRoot, 'tools/build.ts')], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error('the build failed');
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  await build();
  const keys = await ensureDevKeys();
  const auth = {
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_FILE: keys.jwksFile,
    ...(await ensureDevDataKeys()),
  };
  const children: ChildProcess[] = [];
  const urlOf = (name: string, env: Record<string, string>) =>
    `http://127.0.0.1:${name === 'gateway' ? env['PORT'] : env['HTTP_PORT']}`;
  const stop = async (): Promise<void> => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    const running = children.filter((c) => c.exitCode === null);
    await Promise.all(running.map((c) => new Promise((resolve) => c.once('exit', resolve))));
  };
  try {
    // All at once: each waits for the store and the broker only (not for the others), and the
    // gateway's /ready answers once the services it calls do. One after the other took twice as long.
    const starting = (
      Object.entries(services(options)) as [ServiceName, Record<string, string>][]
    ).map(([name, env]) => {
      const child = spawn(
        process.execPath,
        ['--disable-warning=TimeoutNegativeWarning', join(repoRoot, MAIN[name])],
        {
          cwd: repoRoot,
          env: { ...process.env, ...options.infra, ...auth, ...env },
        },
      );
      children.push(child);
      const tail: string[] = [];
      pipeLines(child, name, options.log, tail);
      return waitReady(`${urlOf(name, env)}/ready`, child, name, tail);
    });
    await Promise.all(starting);
  } catch (error) {
    await stop();
    throw error;
  }
  const metricsUrls = Object.fromEntries(
    Object.entries(services(options)).map(([name, env]) => [name, `${urlOf(name, env)}/metrics`]),
  );
  return { gatewayUrl: `http://127.0.0.1:${options.gatewayPort}`, metricsUrls, stop };
}
